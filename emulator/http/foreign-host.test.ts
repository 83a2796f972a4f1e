import { request } from 'node:http';
import { startTestEmulator, type TestEmulator } from '../testing/harness';

/** Sends a request with a Host header of our choosing (fetch may not set one). */
function withHost(
  url: string,
  host: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: { ...options.headers, host },
      },
      (incoming) => {
        let body = '';
        incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('the record system and the Host header', () => {
  let test: TestEmulator;
  let port: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    port = new URL(test.emulator.url).port;
  });
  afterAll(() => test.stop());

  const auth = { authorization: 'Bearer dev:informatiebeheer@bronvast.example' };

  it('refuses a request under another host name with 421, echoing nothing of it', async () => {
    const answer = await withHost(
      `${test.emulator.baseUrl}/me`,
      `rebind.attacker.example:${port}`,
      {
        headers: auth,
      },
    );
    expect(answer.status).toBe(421);
    expect(answer.body).not.toContain('attacker');
    const otherPort = await withHost(`${test.emulator.baseUrl}/me`, 'localhost:1', {
      headers: auth,
    });
    expect(otherPort.status).toBe(421);
  });

  it('never writes a foreign host into an upload URL', async () => {
    const drive = await test.json(
      '/sites/bronvast.sharepoint.com:/sites/informatiebeheer/lists/Records/drive',
      {
        as: 'informatiebeheer@bronvast.example',
      },
    );
    const session = `${test.emulator.baseUrl}/drives/${String(drive.body['id'])}/root:/BZK-2025-0021/x.eml:/createUploadSession`;
    const evil = await withHost(session, 'evil.example:8080', {
      method: 'POST',
      body: '{}',
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(evil.status).toBe(421);
    expect(evil.body).not.toContain('evil.example');
    const own = await withHost(session, `127.0.0.1:${port}`, {
      method: 'POST',
      body: '{}',
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({
      uploadUrl: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:${port}/`)),
    });
  });

  it('serves a pre-authenticated download only under its own download host', async () => {
    const drive = await test.json(
      '/sites/bronvast.sharepoint.com:/sites/informatiebeheer/lists/Records/drive',
      { as: 'informatiebeheer@bronvast.example' },
    );
    const put = await test.json(
      `/drives/${String(drive.body['id'])}/root:/Aanlevering/BZK-2025-0113/host.eml:/content`,
      {
        method: 'PUT',
        body: 'From: a@b.example\r\n\r\nGeheim',
        headers: { 'content-type': 'message/rfc822' },
      },
    );
    const answer = await test.call(
      `/drives/${String(drive.body['id'])}/items/${String(put.body['id'])}/content`,
      { redirect: 'manual' },
    );
    const location = answer.headers.get('location') ?? '';
    const downloadPort = new URL(location).port;
    const rebound = await withHost(location, `rebind.attacker.example:${downloadPort}`);
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('Geheim');
    expect((await withHost(location, `localhost:${port}`)).status).toBe(421);
    const own = await withHost(location, `localhost:${downloadPort}`);
    expect([own.status, own.body]).toEqual([200, 'From: a@b.example\r\n\r\nGeheim']);
  });

  it('answers under its loopback names', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const answer = await withHost(`${test.emulator.baseUrl}/me`, host, { headers: auth });
      expect(answer.status).toBe(200);
    }
  });
});
