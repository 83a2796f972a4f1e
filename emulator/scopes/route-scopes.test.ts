import { DEV_DEFAULT_SCOPES } from '../../src/host/graph-scopes';
import { DEMO_CHANNEL, DEMO_TEAM } from '../seed/channel';
import { graphRoutes } from '../routes/graph-routes';
import { demoIds, MANAGER, startTestEmulator, type TestEmulator } from '../testing/harness';

let test: TestEmulator;
let siteId: string;
beforeAll(async () => {
  test = await startTestEmulator();
  ({ siteId } = await demoIds(test));
});
afterAll(() => test.stop());

const errorOf = (body: Record<string, unknown>) => body['error'] as Record<string, unknown>;

describe('every route of the record system', () => {
  it('names the scopes its call needs, with the permissions page', () => {
    for (const route of graphRoutes) {
      if (route.scopes === 'inner-requests') continue;
      const requirement =
        typeof route.scopes === 'function'
          ? route.scopes({}, { upn: 'x@bronvast.example' })
          : route.scopes;
      expect(requirement.anyOf.length).toBeGreaterThan(0);
      expect(requirement.docs).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\/graph\/api\//);
    }
  });
});

describe('a token answered by its scopes', () => {
  it('searches SharePoint with Files.Read.All or Sites.Read.All, not with a mail scope', async () => {
    const body = {
      requests: [{ entityTypes: ['driveItem'], query: { queryString: 'openbaarmaking' } }],
    };
    const asked = (scopes: string[]) =>
      test.json('/search/query', { method: 'POST', body, as: MANAGER, scopes });
    const refused = await asked(['Mail.ReadWrite']);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)['message']).toContain('Files.Read.All');
    expect((await asked(['Files.Read.All'])).status).toBe(200);
    expect((await asked(['Sites.Read.All'])).status).toBe(200);
  });

  it('creates a list only with Sites.Manage.All', async () => {
    const body = { displayName: 'Proeflijst', list: { template: 'genericList' } };
    const refused = await test.json(`/sites/${siteId}/lists`, {
      method: 'POST',
      body,
      as: MANAGER,
      scopes: ['Sites.ReadWrite.All'],
    });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)['message']).toContain('Sites.Manage.All');
    const created = await test.json(`/sites/${siteId}/lists`, {
      method: 'POST',
      body,
      as: MANAGER,
      scopes: ['Sites.Manage.All'],
    });
    expect(created.status).toBe(201);
  });

  it('reads list items with Sites.Read.All but writes them only with Sites.ReadWrite.All', async () => {
    const read = ['Sites.Read.All'];
    // The audit list is the records managers' to write (docs/trust.md): the scope is the question.
    const items = `/sites/${siteId}/lists/BronvastAudit/items`;
    expect((await test.json(items, { scopes: read })).status).toBe(200);
    const event = { fields: { Title: 'proef', Action: 'proef' } };
    const refused = await test.json(items, {
      method: 'POST',
      body: event,
      as: MANAGER,
      scopes: read,
    });
    expect(refused.status).toBe(403);
    const written = await test.json(items, {
      method: 'POST',
      body: event,
      as: MANAGER,
      scopes: ['Sites.ReadWrite.All'],
    });
    expect(written.status).toBe(201);
  });

  it('gives the channel details only with Channel.ReadBasic.All', async () => {
    const path = `/teams/${DEMO_TEAM.id}/channels/${encodeURIComponent(DEMO_CHANNEL.id)}`;
    const refused = await test.json(path, { scopes: ['ChannelMessage.Read.All'] });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)['message']).toContain('Channel.ReadBasic.All');
    expect((await test.json(path, { scopes: ['Channel.ReadBasic.All'] })).status).toBe(200);
  });

  it("reads one's own mail with Mail.ReadWrite, another mailbox only with Mail.ReadWrite.Shared", async () => {
    const own = await test.json('/me/mailFolders/inbox/messages?$top=1', {
      scopes: ['Mail.ReadWrite'],
    });
    expect(own.status).toBe(200);
    const other = await test.json(`/users/${MANAGER}/mailFolders/inbox/messages?$top=1`, {
      scopes: ['Mail.ReadWrite'],
    });
    expect(other.status).toBe(403);
    expect(errorOf(other.body)['message']).toContain('Mail.Read.Shared');
  });

  it("reads another user's department only with User.Read.All", async () => {
    const path = `/users/${MANAGER}?$select=displayName,department`;
    const basic = await test.json(path, { scopes: ['User.ReadBasic.All'] });
    expect(basic.status).toBe(403);
    const name = await test.json(`/users/${MANAGER}?$select=displayName`, {
      scopes: ['User.ReadBasic.All'],
    });
    expect(name.status).toBe(200);
    const full = await test.json(path, { scopes: ['User.Read.All'] });
    expect(full.body['department']).toBeDefined();
  });

  it('checks each step of a $batch against the batch token', async () => {
    const answer = await test.json('/$batch', {
      method: 'POST',
      scopes: ['Sites.Read.All'],
      body: {
        requests: [
          { id: 'read', method: 'GET', url: `/sites/${siteId}/lists` },
          {
            id: 'write',
            method: 'POST',
            url: `/sites/${siteId}/lists/BronvastAudit/items`,
            headers: { 'Content-Type': 'application/json' },
            body: { fields: { Title: 'x' } },
          },
        ],
      },
    });
    const responses = answer.body['responses'] as { id: string; status: number }[];
    expect(responses.map(({ id, status }) => [id, status])).toEqual([
      ['read', 200],
      ['write', 403],
    ]);
  });

  it('gives `dev:<upn>` every scope a Bronvast surface asks for, and no other', async () => {
    expect(DEV_DEFAULT_SCOPES).toEqual(
      expect.arrayContaining(['Mail.ReadWrite', 'Sites.Manage.All', 'Channel.ReadBasic.All']),
    );
    expect(DEV_DEFAULT_SCOPES).not.toContain('Mail.Send');
    const send = await test.json('/me/sendMail', { method: 'POST', body: {} });
    expect(send.status).toBe(403);
  });
});
