/**
 * Woo desk search benchmark: 100,000 records with their text renditions written straight into
 * the local record system's store, then desk searches over HTTP as the page and the command
 * line make them (`POST /search/query`, then the found records' columns by `$batch`): the first
 * page of 25 hits, each query run several times, median and p95 per query and over all.
 * Run directly (`npx tsx bench/woo-search.ts [count]`) it prints JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBulkRecords } from '../emulator/testing/bulk-records';
import { startTestEmulator, MANAGER } from '../emulator/testing/harness';
import type { WooSearchQuery } from '../src/core/woo-desk';
import { createGraphClient, resolveSite } from '../src/graph';
import { searchRecords } from '../src/graph/woo';

const RUNS = 11;
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const QUERIES: Readonly<Record<string, WooSearchQuery>> = {
  term: { text: 'windpark' },
  rareTerm: { text: 'zeldzaamwoord' },
  phrase: { text: '"advies besluit"' },
  boolean: { text: '(subsidie OR vergunning) AND NOT klimaat' },
  period: { text: 'jeugdzorg', from: day('2023-03-01'), to: day('2023-03-31') },
  dossier: { text: 'windpark', dossier: 'BZK-2025-0113' },
};

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** Fills a store with `count` records and their renditions, and times the desk's searches. */
export async function benchWooSearch(count = 100_000): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-woo-search-'));
  try {
    const fillStart = performance.now();
    await insertBulkRecords(dataDir, count, { withText: true });
    const fillMs = Math.round(performance.now() - fillStart);
    const test = await startTestEmulator({ dataDir, resourceBudget: 'off' });
    try {
      const client = createGraphClient({
        tokenProvider: () => Promise.resolve(`dev:${MANAGER}`),
        baseUrl: test.emulator.baseUrl,
      });
      const site = await resolveSite(client, {
        hostname: 'bronvast.sharepoint.com',
        path: '/sites/informatiebeheer',
      });
      if (site.kind !== 'resolved') throw new Error('demo site missing');
      const perQuery: Record<string, { medianMs: number; p95Ms: number; total: number }> = {};
      const all: number[] = [];
      for (const [name, query] of Object.entries(QUERIES)) {
        const times: number[] = [];
        let total = 0;
        for (let run = 0; run < RUNS; run += 1) {
          const start = performance.now();
          const page = await searchRecords(client, site.ids, query, { size: 25 });
          times.push(performance.now() - start);
          total = page.total;
          if (page.hits.length === 0 || page.hits.some((hit) => hit.record === null))
            throw new Error(`${name} found no records`);
        }
        all.push(...times.slice(1));
        perQuery[name] = {
          medianMs: round(percentile(times, 0.5)),
          p95Ms: round(percentile(times, 0.95)),
          total,
        };
      }
      return {
        records: count,
        fillMs,
        firstPage: 25,
        runsPerQuery: RUNS,
        perQuery,
        overall: { medianMs: round(percentile(all, 0.5)), p95Ms: round(percentile(all, 0.95)) },
      };
    } finally {
      await test.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchWooSearch(Number(process.argv[2] ?? 100_000)).then((result) =>
    console.log(JSON.stringify(result, null, 2)),
  );
}
