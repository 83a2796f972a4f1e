/**
 * Records list benchmark: 100,000 records written straight into the local record system's store,
 * then the queries Bronvast makes on the Records library over HTTP, each the median of several
 * runs: the dedup lookup of filing, the review queue (status, newest first, 50), one dossier's
 * records, and an officer's own records (trimmed to what she may read).
 * Target: every query under 100 ms at 100,000 records (SharePoint answers from its indexes).
 * Run directly (`npx tsx bench/records-query.ts [count]`) it prints JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBulkRecords } from '../emulator/testing/bulk-records';
import { demoIds, MANAGER, OFFICER, startTestEmulator } from '../emulator/testing/harness';

const RUNS = 7;
const HONOR = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

const queries = (count: number): Readonly<Record<string, { query: string; as: string }>> => ({
  dedupLookup: {
    query: `$filter=fields/BronvastDedupKey eq 'mail:bulk-${Math.floor(count * 0.77)}@bronvast.example'&$top=1`,
    as: OFFICER,
  },
  reviewQueue: {
    query:
      "$filter=fields/BronvastReviewStatus eq 'te-beoordelen'&$orderby=fields/BronvastFiledAt desc&$top=50",
    as: MANAGER,
  },
  dossierNewestFirst: {
    query:
      "$filter=fields/BronvastDossier eq 'BZK-2025-0113'&$orderby=fields/BronvastFiledAt desc&$top=50",
    as: MANAGER,
  },
  allNewestFirst: { query: '$orderby=fields/BronvastFiledAt desc&$top=50', as: MANAGER },
  officerOwn: { query: '$orderby=fields/BronvastFiledAt desc&$top=50', as: OFFICER },
});

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Fills a store with `count` records and times the records queries on it. */
export async function benchRecordsQuery(count = 100_000): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-records-'));
  try {
    const fillStart = performance.now();
    await insertBulkRecords(dataDir, count);
    const fillMs = Math.round(performance.now() - fillStart);
    const test = await startTestEmulator({ dataDir });
    try {
      const { siteId } = await demoIds(test);
      const medians: Record<string, number> = {};
      for (const [name, { query, as }] of Object.entries(queries(count))) {
        const times: number[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const start = performance.now();
          const answer = await test.json(
            `/sites/${siteId}/lists/Records/items?$expand=fields&${query}`,
            { as, headers: HONOR },
          );
          times.push(performance.now() - start);
          if (answer.status !== 200 || (answer.body.value ?? []).length === 0)
            throw new Error(`${name} answered ${answer.status} with no records`);
        }
        medians[name] = Math.round(median(times) * 10) / 10;
      }
      return { records: count, fillMs, medianMs: medians, targetMs: 100 };
    } finally {
      await test.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchRecordsQuery(Number(process.argv[2] ?? 100_000)).then((result) =>
    console.log(JSON.stringify(result, null, 2)),
  );
}
