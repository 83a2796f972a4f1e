import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/main';
import { bulkRecordFields, insertBulkRecords } from '../../../emulator/testing/bulk-records';
import { asDossierId } from '../../../src/core/ids';
import {
  createGraphClient,
  findRecordByDedupKey,
  listRecentRecords,
  listRecordsForExport,
  listRecordSummaries,
  listReviewerChanges,
  queryReviewQueue,
  recordSummaryPages,
  resolveSite,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { listConversationRecords } from '../../../src/graph/chats';
import { DEMO_SITE, MANAGER } from './harness';

// Above SharePoint's list view threshold of 5,000 items: every query must follow its rules.
const COUNT = 5_400;
const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-large-'));
let emulator: RunningEmulator;
let client: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  await insertBulkRecords(dataDir, COUNT);
  emulator = await startEmulator({ port: 0, dataDir, resourceBudget: 'off' });
  client = createGraphClient({
    tokenProvider: () => Promise.resolve(`dev:${MANAGER}`),
    baseUrl: emulator.baseUrl,
  });
  const resolution = await resolveSite(client, DEMO_SITE);
  if (resolution.kind !== 'resolved') throw new Error('demo site missing');
  site = resolution.ids;
}, 120_000);
afterAll(async () => {
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const all = Array.from({ length: COUNT }, (_, n) => bulkRecordFields(n));
const newestTitles = (keep: (fields: Record<string, unknown>) => boolean, count: number) =>
  all
    .filter(keep)
    .reverse()
    .slice(0, count)
    .map((fields) => String(fields['FileLeafRef']));
const namesOf = (items: readonly { record: { webUrl: string } }[]) =>
  items.map((item) => decodeURIComponent(item.record.webUrl.split('/').at(-1) ?? ''));

describe('Bronvast on a records library above the list view threshold', () => {
  it('shows the review queue to review, newest first, from one indexed query', async () => {
    const page = await queryReviewQueue(client, site, { status: 'te-beoordelen' });
    expect(namesOf(page.items)).toEqual(
      newestTitles((fields) => fields['BronvastReviewStatus'] === 'te-beoordelen', 50),
    );
    const next = await queryReviewQueue(client, site, { status: 'te-beoordelen' }, page.nextLink);
    expect(namesOf(next.items)[0]).toBe(
      newestTitles((fields) => fields['BronvastReviewStatus'] === 'te-beoordelen', 51)[50],
    );
  });

  it('walks the filing-time index when a filter matches more than 5,000 records', async () => {
    const from = new Date(Date.UTC(2023, 0, 1));
    const page = await queryReviewQueue(client, site, { filedFrom: from, status: 'geaccepteerd' });
    expect(namesOf(page.items).slice(0, 50)).toEqual(
      newestTitles((fields) => fields['BronvastReviewStatus'] === 'geaccepteerd', 50),
    );
    const everything = await queryReviewQueue(client, site, {});
    expect(namesOf(everything.items)[0]).toBe(`record-${COUNT - 1}.eml`);
  });

  it('reads one dossier, the dashboard and the history', async () => {
    const dossier = asDossierId('BZK-2025-0113');
    const page = await queryReviewQueue(client, site, { dossier });
    expect(namesOf(page.items)).toEqual(
      newestTitles((fields) => fields['BronvastDossier'] === dossier, 50),
    );
    expect(await listRecordSummaries(client, site)).toHaveLength(COUNT);
    expect(await listReviewerChanges(client, site)).toEqual(new Set());
    const history = await listRecentRecords(client, site, { now: new Date(Date.UTC(2024, 0, 5)) });
    expect(history).toHaveLength(500);
    expect(history[0]?.metadata?.dedupKey).toBe(`mail:bulk-${COUNT - 1}@bronvast.example`);
  });

  it('reads the newest 500 for the dashboard first, then every record once, 5,000 a page', async () => {
    const pages: { dedupKey: string }[][] = [];
    for await (const page of recordSummaryPages(client, site, { first: 500 })) pages.push(page);
    expect(pages.map((page) => page.length)).toEqual([500, 4500, COUNT - 5000]);
    expect(pages[0]?.[0]?.dedupKey).toBe(`mail:bulk-${COUNT - 1}@bronvast.example`);
    const keys = pages.flat().map((summary) => summary.dedupKey);
    expect(new Set(keys).size).toBe(COUNT);
  });

  it('exports a dossier by status, and a status across every dossier', async () => {
    const count = async (query: Parameters<typeof listRecordsForExport>[2]) => {
      let total = 0;
      for await (const page of listRecordsForExport(client, site, query)) total += page.length;
      return total;
    };
    const dossier = asDossierId('BZK-2025-0021');
    const accepted = (fields: Record<string, unknown>) =>
      fields['BronvastReviewStatus'] === 'geaccepteerd';
    expect(await count({ dossiers: [dossier], status: 'geaccepteerd' })).toBe(
      all.filter((fields) => accepted(fields) && fields['BronvastDossier'] === dossier).length,
    );
    expect(await count({ status: 'geaccepteerd' })).toBe(all.filter(accepted).length);
  });

  it('finds a record by its dedup key and a chat’s records by the indexed conversation', async () => {
    const found = await findRecordByDedupKey(client, site, 'mail:bulk-4000@bronvast.example');
    expect(found?.metadata?.dossier).toBe(bulkRecordFields(4000)['BronvastDossier']);
    expect(await listConversationRecords(client, site, '19:geen@thread.v2')).toEqual([]);
  });
});
