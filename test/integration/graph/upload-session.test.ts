import { createHash } from 'node:crypto';
import { dedupKey } from '../../../src/core/records/dedup-key';
import { contentFromBytes, fileRecord, type GraphClient, type SiteIds } from '../../../src/graph';
import { aDraft, aMail, MANAGER, mimeOf, startHarness, type Harness } from './harness';
import { recordsWithKey, storedSha256 } from './records';

const CHUNK = 2 * 320 * 1024;
let harness: Harness;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
});
afterEach(() => harness.faults({}));
afterAll(() => harness.stop());

async function fileLarge(client: GraphClient, size: number) {
  const message = aMail();
  const bytes = mimeOf(message, size, size);
  const result = await fileRecord(client, {
    site,
    content: contentFromBytes(bytes),
    message,
    metadata: aDraft(message),
    dossierFolder: 'BZK-2024-0113',
    upload: { chunkSize: CHUNK },
  });
  return { message, result, sha256: createHash('sha256').update(bytes).digest('hex') };
}

describe('large content through an upload session', () => {
  it('uploads in 320 KiB-multiple chunks and stores exactly the source', async () => {
    const client = harness.client();
    const { result, sha256 } = await fileLarge(client, 5_000_000);
    expect(result.kind).toBe('filed');
    if (result.kind !== 'filed') return;
    expect(client.counter.byLabel()['records.upload-chunk']).toBe(Math.ceil(5_000_000 / CHUNK));
    expect(await storedSha256(manager, site, result.record.driveItemId ?? '')).toBe(sha256);
  });

  it.each(['error', 'drop'] as const)(
    'resumes from nextExpectedRanges after chunks that fail (%s)',
    async (mode) => {
      harness.faults({ chunkFailureRate: 0.4, chunkFailureMode: mode, seed: 11 });
      const client = harness.client();
      const { message, result, sha256 } = await fileLarge(client, 6_000_000);
      expect(result.kind).toBe('filed');
      if (result.kind !== 'filed') return;
      expect(client.counter.byLabel()['records.upload-status']).toBeGreaterThan(0);
      expect(await storedSha256(manager, site, result.record.driveItemId ?? '')).toBe(sha256);
      expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
    },
  );

  it('resumes after a 416 when a chunk arrived but its answer was lost', async () => {
    let lost = 0;
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (lost < 2 && init?.method === 'PUT' && new Headers(init.headers).has('content-range')) {
        lost += 1;
        await response.arrayBuffer();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const client = harness.client(undefined, lossy);
    const { result, sha256 } = await fileLarge(client, 4_500_000);
    expect(result.kind).toBe('filed');
    if (result.kind !== 'filed') return;
    expect(await storedSha256(manager, site, result.record.driveItemId ?? '')).toBe(sha256);
  });

  it('waits out throttled and unavailable answers on every step', async () => {
    harness.faults({ throttleRate: 0.2, unavailableRate: 0.1, retryAfterSeconds: 0, seed: 5 });
    const client = harness.client();
    const { result, sha256 } = await fileLarge(client, 4_200_000);
    expect(result.kind).toBe('filed');
    harness.faults({});
    if (result.kind !== 'filed') return;
    expect(await storedSha256(manager, site, result.record.driveItemId ?? '')).toBe(sha256);
  });
});
