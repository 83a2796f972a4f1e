import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBulkRecords } from '../../../emulator/testing/bulk-records';
import { MANAGER, startTestEmulator, type TestEmulator } from '../../../emulator/testing/harness';
import { openDatabase } from '../../../emulator/store/database';
import {
  createGraphClient,
  downloadRecordContent,
  getReviewItem,
  listAuditTrail,
  listDossiers,
  listRecordSummaries,
  queryReviewQueue,
  resolveSite,
  type GraphClient,
  type ReviewItem,
  type SiteIds,
} from '../../../src/graph';
import { recordWarnings } from '../../../src/review/detail/record-warnings';
import { exportRecordOf } from '../../../src/review/queue/export-record-of';
import { targetOf } from '../../../src/review/run-action';

let test: TestEmulator;
let client: GraphClient;
let site: SiteIds;

/** Rewrites a bulk record's columns in the store, as a broken filing or a hand edit leaves them. */
function breakRecord(
  dataDir: string,
  n: number,
  change: (fields: Record<string, unknown>) => void,
) {
  const db = openDatabase(dataDir);
  try {
    const row = db
      .prepare('SELECT list_id, id, json FROM list_items WHERE json LIKE ?')
      .get(`%"Bulkrecord ${n}"%`) as { list_id: string; id: number; json: string };
    const item = JSON.parse(row.json) as { fields: Record<string, unknown> };
    change(item.fields);
    db.prepare('UPDATE list_items SET json = ? WHERE list_id = ? AND id = ?').run(
      JSON.stringify(item),
      row.list_id,
      row.id,
    );
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bad-records-'));
  // Bulk records have a drive item but no stored content: their file is gone.
  await insertBulkRecords(dataDir, 9);
  breakRecord(dataDir, 0, (fields) => {
    fields['BronvastFiledAt'] = 'gisteren';
    fields['BronvastRelevance'] = 'hoog';
    fields['BronvastSha256'] = 'kapot';
  });
  breakRecord(dataDir, 3, (fields) => {
    fields['BronvastDossier'] = 'BZK-1999-0001';
  });
  breakRecord(dataDir, 6, (fields) => {
    for (const name of Object.keys(fields))
      if (name.startsWith('Bronvast') && name !== 'BronvastDossier') delete fields[name];
  });
  test = await startTestEmulator({ dataDir });
  client = createGraphClient({
    tokenProvider: () => Promise.resolve(`dev:${MANAGER}`),
    baseUrl: test.emulator.baseUrl,
  });
  const resolution = await resolveSite(client, {
    hostname: 'bronvast.sharepoint.com',
    path: '/sites/informatiebeheer',
  });
  if (resolution.kind !== 'resolved') throw new Error('demo site missing');
  site = resolution.ids;
});
afterAll(() => test.stop());

/** The unfiltered queue: a record without columns matches no column filter. */
async function theQueue(): Promise<readonly ReviewItem[]> {
  return (await queryReviewQueue(client, site, {})).items;
}

describe('records with bad input', () => {
  it('lists every record with what is known and its warnings', async () => {
    const known = new Set(
      (await listDossiers(client, site)).map((entry) => String(entry.dossier.id)),
    );
    const items = await theQueue();
    const subject = (item: ReviewItem) => item.record.webUrl.split('/').pop();
    const warnings = new Map(items.map((item) => [subject(item), recordWarnings(item, known)]));
    expect(warnings.get('record-0.eml')).toEqual(['filed-at-invalid', 'sha256-malformed']);
    expect(warnings.get('record-6.eml')).toEqual(['columns-missing']);
    const moved = items.find((item) => item.record.metadata?.dossier === 'BZK-1999-0001');
    if (moved === undefined) throw new Error('the record of a gone dossier is not listed');
    expect(recordWarnings(moved, known)).toEqual(['dossier-unknown']);
  });

  it('says the file is gone, and still reads the trail and the export of such a record', async () => {
    const items = await theQueue();
    const broken = items.find((item) => item.record.webUrl.endsWith('/record-0.eml'));
    if (broken?.record.metadata == null) throw new Error('record-0 missing');
    expect(await downloadRecordContent(client, site, broken.record.id)).toEqual({
      kind: 'file-missing',
    });
    const trail = await listAuditTrail(
      client,
      site,
      broken.record.metadata.dedupKey,
      broken.record.id,
    );
    // Its filing, as its first version shows it: no audit event, none needed.
    expect(trail.map((event) => [event.action, event.author?.address])).toEqual([
      ['filed', 'beleid@bronvast.example'],
    ]);
    expect(exportRecordOf(broken).metadata).not.toHaveProperty('filedAt');
    expect((await getReviewItem(client, site, broken.record.id))?.record.id).toBe(broken.record.id);
  });

  it('leaves a record without columns out of the actions and keeps the dashboard reading', async () => {
    const items = await theQueue();
    const bare = items.find((item) => item.record.webUrl.endsWith('/record-6.eml'));
    if (bare === undefined) throw new Error('record-6 missing');
    expect(targetOf(bare)).toBeNull();
    const summaries = await listRecordSummaries(client, site);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.every((summary) => !Number.isNaN(summary.filedAt.getTime()))).toBe(true);
  });
});
