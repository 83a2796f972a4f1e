import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANAGER, OFFICER, startTestEmulator, type TestEmulator } from './testing/harness';

describe('the emulator server', () => {
  let test: TestEmulator;
  beforeAll(async () => {
    test = await startTestEmulator();
  });
  afterAll(() => test.stop());

  it('answers 401 InvalidAuthenticationToken without a token, with Graph envelope and request id', async () => {
    const response = await test.call('/me', { as: null });
    const body = await response.json();
    expect(response.status).toBe(401);
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('answers 401 for a token of an unknown user or another scheme', async () => {
    expect((await test.call('/me', { as: 'onbekend@bronvast.example' })).status).toBe(401);
    const basic = await test.call('/me', {
      as: null,
      headers: { authorization: 'Basic Zm9vOmJhcg==' },
    });
    expect(basic.status).toBe(401);
  });

  it('resolves /me to the user of the token', async () => {
    const officer = await test.json('/me', { as: OFFICER });
    const manager = await test.json('/me?$select=displayName', { as: MANAGER });
    expect(officer.body['displayName']).toBe('Sanne de Vries');
    expect(manager.body).toEqual(expect.objectContaining({ displayName: 'Marloes Bakker' }));
    expect(manager.body['jobTitle']).toBeUndefined();
  });

  it('lets users read a colleague’s profile and department under /users, as the directory does', async () => {
    expect((await test.call(`/users/${OFFICER}`)).status).toBe(200);
    const other = await test.json(`/users/${OFFICER}?$select=department`, { as: MANAGER });
    expect(other.status).toBe(200);
    expect(other.body).toEqual(expect.objectContaining({ department: 'Directie Open Overheid' }));
    expect(other.body['displayName']).toBeUndefined();
    const unknown = await test.json('/users/niemand@bronvast.example', { as: MANAGER });
    expect(unknown.status).toBe(404);
  });

  it('answers CORS preflight and exposes the headers Graph exposes, not Retry-After', async () => {
    const preflight = await fetch(`${test.emulator.baseUrl}/me`, {
      method: 'OPTIONS',
      headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Range/);
    expect(preflight.headers.get('access-control-expose-headers')).toMatch(/request-id/);
    expect(preflight.headers.get('access-control-expose-headers')).not.toMatch(/Retry-After/i);
  });

  it('answers 400 BadRequest for a path it does not serve, and 404 outside the base path', async () => {
    const unknown = await test.json('/planner/tasks');
    expect(unknown.status).toBe(400);
    expect((unknown.body['error'] as { code: string }).code).toBe('BadRequest');
    expect((await fetch(`${test.emulator.url}/v2.0/me`)).status).toBe(404);
  });
});

describe('seeding and persistence', () => {
  it('seeds once and keeps changes across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-persist-'));
    try {
      const first = await startTestEmulator({ dataDir });
      const inbox = await first.json('/me/mailFolders/inbox/messages?$top=100&$select=subject');
      const message = inbox.body.value?.[0];
      await first.call(`/me/messages/${String(message?.['id'])}`, {
        method: 'PATCH',
        body: { categories: ['Vastgelegd in Bronvast'] },
      });
      await first.stop();

      const second = await startTestEmulator({ dataDir });
      const again = await second.json(
        '/me/mailFolders/inbox/messages?$top=100&$select=subject,categories',
      );
      expect(again.body.value).toHaveLength(inbox.body.value?.length ?? -1);
      const same = again.body.value?.find((candidate) => candidate['id'] === message?.['id']);
      expect(same?.['categories']).toEqual(['Vastgelegd in Bronvast']);
      const site = await second.json(
        '/sites/bronvast.sharepoint.com:/sites/informatiebeheer:/lists',
      );
      expect(site.status).toBe(200);
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
