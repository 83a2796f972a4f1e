import { demoIds, OFFICER, startTestEmulator, type TestEmulator } from '../testing/harness';

const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';
let clock = new Date('2026-03-02T09:00:00Z');
let test: TestEmulator;
let driveId: string;
let itemId: string;
const origin = 'http://localhost:3000';

beforeAll(async () => {
  test = await startTestEmulator({ now: () => clock });
  ({ driveId } = await demoIds(test));
  const put = await test.json(
    `/drives/${driveId}/root:/Aanlevering/BZK-2025-0113/download.eml:/content`,
    {
      method: 'PUT',
      body: 'From: a@b.example\r\n\r\nInhoud',
      headers: { 'content-type': 'message/rfc822' },
    },
  );
  itemId = String(put.body['id']);
});
afterAll(() => test.stop());

const item = (query = '') => test.json(`/drives/${driveId}/items/${itemId}${query}`);

describe('GET /drives/{drive}/items/{id}/content', () => {
  it('answers 302 to a download URL on another origin, which works without Authorization', async () => {
    const answer = await test.call(`/drives/${driveId}/items/${itemId}/content`, {
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    const location = answer.headers.get('location') ?? '';
    expect(new URL(location).origin).toBe(test.emulator.downloadOrigin);
    expect(new URL(location).origin).not.toBe(new URL(test.emulator.url).origin);
    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('From: a@b.example\r\n\r\nInhoud');
  });

  it('works by path too', async () => {
    const answer = await test.call(
      `/drives/${driveId}/root:/Aanlevering/BZK-2025-0113/download.eml:/content`,
      {
        redirect: 'manual',
      },
    );
    expect(answer.status).toBe(302);
  });
});

describe('the download URL of a driveItem', () => {
  it('is on the item, and with $select only when selected', async () => {
    expect((await item()).body[DOWNLOAD_URL]).toEqual(expect.any(String));
    expect((await item('?$select=id,name')).body[DOWNLOAD_URL]).toBeUndefined();
    const selected = await item(`?$select=id,${DOWNLOAD_URL}`);
    expect(selected.body[DOWNLOAD_URL]).toMatch(/^http:\/\/localhost:\d+\//);
  });

  it('refuses a request that sends an Authorization header', async () => {
    const url = String((await item()).body[DOWNLOAD_URL]);
    const answer = await fetch(url, { headers: { authorization: `Bearer dev:${OFFICER}` } });
    expect(answer.status).toBe(401);
  });

  it('stops working after a few minutes, and when tampered with', async () => {
    const url = String((await item()).body[DOWNLOAD_URL]);
    expect((await fetch(url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))).status).toBe(401);
    clock = new Date(clock.getTime() + 6 * 60_000);
    expect((await fetch(url)).status).toBe(401);
    const fresh = String((await item()).body[DOWNLOAD_URL]);
    expect((await fetch(fresh)).status).toBe(200);
  });

  it('lets a page read it with CORS, but not send it an Authorization header', async () => {
    const url = String((await item()).body[DOWNLOAD_URL]);
    const simple = await fetch(url, { headers: { origin } });
    expect(simple.headers.get('access-control-allow-origin')).toBe(origin);
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
  });
});
