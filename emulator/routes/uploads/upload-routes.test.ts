import { randomBytes } from 'node:crypto';
import { demoIds, startTestEmulator, type TestEmulator } from '../../testing/harness';

const CHUNK = 320 * 1024;

describe('upload sessions', () => {
  let test: TestEmulator;
  let driveId: string;
  let clock = new Date('2025-11-20T10:00:00Z');
  beforeAll(async () => {
    test = await startTestEmulator({ now: () => clock });
    ({ driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  const createSession = async (name: string, behavior?: string) => {
    const body =
      behavior === undefined ? {} : { item: { '@microsoft.graph.conflictBehavior': behavior } };
    return test.json(
      `/drives/${driveId}/root:/Aanlevering/BZK-2025-0098/${name}:/createUploadSession`,
      {
        method: 'POST',
        body,
      },
    );
  };
  const sendChunk = (url: string, data: Buffer, start: number, total: number) =>
    fetch(url, {
      method: 'PUT',
      body: new Uint8Array(data),
      headers: { 'content-range': `bytes ${start}-${start + data.length - 1}/${total}` },
    });

  it('takes chunks without Authorization, answers 202 with the next range, and 201 with the driveItem', async () => {
    const content = randomBytes(CHUNK * 2 + 1000);
    const session = await createSession('rapport.pdf');
    expect(session.status).toBe(200);
    const url = String(session.body['uploadUrl']);
    expect(session.body['nextExpectedRanges']).toEqual(['0-']);
    const first = await sendChunk(url, content.subarray(0, CHUNK), 0, content.length);
    expect(first.status).toBe(202);
    const status = await first.json();
    expect(status.nextExpectedRanges).toEqual([`${CHUNK}-${content.length - 1}`]);
    expect(Date.parse(status.expirationDateTime)).toBeGreaterThan(clock.getTime());
    expect(
      (await sendChunk(url, content.subarray(CHUNK, 2 * CHUNK), CHUNK, content.length)).status,
    ).toBe(202);
    const last = await sendChunk(url, content.subarray(2 * CHUNK), 2 * CHUNK, content.length);
    expect(last.status).toBe(201);
    const item = await last.json();
    expect(item.size).toBe(content.length);
    const downloaded = await test.call(`/drives/${driveId}/items/${item.id}/content`);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(content)).toBe(true);
  });

  it('answers 416 for a range that is not the next expected one, and reports status on GET', async () => {
    const session = await createSession('bijlage-416.pdf');
    const url = String(session.body['uploadUrl']);
    const data = randomBytes(2000);
    expect((await sendChunk(url, data.subarray(0, 1000), 0, 2000)).status).toBe(202);
    const skipped = await sendChunk(url, data.subarray(0, 500), 1500, 2000);
    expect(skipped.status).toBe(416);
    expect((await skipped.json()).error.code).toBe('invalidRange');
    const repeated = await sendChunk(url, data.subarray(0, 1000), 0, 2000);
    expect(repeated.status).toBe(416);
    const status = await (await fetch(url)).json();
    expect(status.nextExpectedRanges).toEqual(['1000-1999']);
  });

  it('resumes after a failed chunk: the failure changed nothing', async () => {
    const content = randomBytes(3000);
    const session = await createSession('hervat.pdf');
    const url = String(session.body['uploadUrl']);
    expect((await sendChunk(url, content.subarray(0, 1000), 0, 3000)).status).toBe(202);
    test.emulator.setFaults({ chunkFailureRate: 1, chunkFailureMode: 'error', seed: 3 });
    const failed = await sendChunk(url, content.subarray(1000, 2000), 1000, 3000);
    expect(failed.status).toBe(500);
    test.emulator.setFaults({ chunkFailureRate: 1, chunkFailureMode: 'drop', seed: 3 });
    await expect(sendChunk(url, content.subarray(1000, 2000), 1000, 3000)).rejects.toThrow();
    test.emulator.setFaults({});
    expect((await (await fetch(url)).json()).nextExpectedRanges).toEqual(['1000-2999']);
    expect((await sendChunk(url, content.subarray(1000, 2000), 1000, 3000)).status).toBe(202);
    const done = await sendChunk(url, content.subarray(2000), 2000, 3000);
    expect(done.status).toBe(201);
    const downloaded = await test.call(
      `/drives/${driveId}/items/${(await done.json()).id}/content`,
    );
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(content)).toBe(true);
  });

  it('fails on an existing name by default, and cancels with DELETE', async () => {
    await test.call(`/drives/${driveId}/root:/Aanlevering/BZK-2025-0098/bestaand.pdf:/content`, {
      method: 'PUT',
      body: 'x',
    });
    const conflict = await createSession('bestaand.pdf');
    expect(conflict.status).toBe(409);
    const replacing = await createSession('bestaand.pdf', 'replace');
    const url = String(replacing.body['uploadUrl']);
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(url)).status).toBe(404);
  });

  it('forgets expired sessions', async () => {
    const session = await createSession('verlopen.pdf');
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    const response = await sendChunk(String(session.body['uploadUrl']), Buffer.from('abc'), 0, 3);
    expect(response.status).toBe(404);
  });
});
