/**
 * Records list benchmark: 100,000 records written straight into the local record system's store,
 * then the requests Bronvast sends to the Records library under SharePoint's large-list rules,
 * over HTTP, each the median of several runs: the dedup lookup of filing (one indexed field),
 * the walk along the filing time that serves the review queue and the history (newest 500, no
 * filter), the refusal of a filter matching more than 5,000 records (what sends the queue to
 * the walk), and one unfiltered page of 5,000 (the dashboard and the exports read 20 of them).
 * Targets at 100,000 records: the lookup and the refusal under 100 ms, a page of 500 (with all
 * columns) under 300 ms, a page of 5,000 under 2 s.
 * Run directly (`npx tsx bench/records-query.ts [count]`) it prints JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBulkRecords } from '../emulator/testing/bulk-records';
import { demoIds, MANAGER, OFFICER, startTestEmulator } from '../emulator/testing/harness';

const RUNS = 7;

type Query = { query: string; as: string; status: number };

const queries = (count: number): Readonly<Record<string, Query>> => ({
  dedupLookup: {
    query: `$filter=fields/BronvastDedupKey eq 'mail:bulk-${Math.floor(count * 0.77)}@bronvast.example'&$top=1`,
    as: OFFICER,
    status: 200,
  },
  walkNewest500: {
    query: '$orderby=fields/BronvastFiledAt desc&$top=500',
    as: MANAGER,
    status: 200,
  },
  officerWalkNewest500: {
    query: '$orderby=fields/BronvastFiledAt desc&$top=500',
    as: OFFICER,
    status: 200,
  },
  statusRefusedAboveThreshold: {
    query: "$filter=fields/BronvastReviewStatus eq 'te-beoordelen'&$top=5000",
    as: MANAGER,
    status: 400,
  },
  unfilteredPage5000: { query: '$top=5000', as: MANAGER, status: 200 },
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
    const test = await startTestEmulator({ dataDir, resourceBudget: 'off' });
    try {
      const { siteId } = await demoIds(test);
      const medians: Record<string, number> = {};
      for (const [name, { query, as, status }] of Object.entries(queries(count))) {
        const times: number[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const start = performance.now();
          const answer = await test.json(
            `/sites/${siteId}/lists/Records/items?$expand=fields&${query}`,
            { as },
          );
          times.push(performance.now() - start);
          const empty = status === 200 && (answer.body.value ?? []).length === 0;
          if (answer.status !== status || empty)
            throw new Error(`${name} answered ${answer.status}, expected ${status} with records`);
        }
        medians[name] = Math.round(median(times) * 10) / 10;
      }
      return {
        records: count,
        fillMs,
        medianMs: medians,
        targetMs: { lookupOrRefusal: 100, page500: 300, page5000: 2000 },
      };
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
