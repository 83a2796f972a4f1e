/**
 * Verification benchmark: 10,000 honestly filed records written straight into the local record
 * system (content on disk, its SHA-256 in the column, filed by the officer or the records manager
 * into the intake area), of which a records manager then accepts a third and rejects a third
 * through the review page's own adapter (one audit event per 200 records, per-record chains;
 * those records lie in the records area, where she moves them). Then an officer forges twelve
 * unreviewed records and a records manager edits one audit event and deletes another (see
 * `verify-forgeries.ts`), and `bronvast verify` runs over the whole site as the records manager,
 * counting its requests. Target: every forgery caught, no honest record flagged (the records the
 * two forged events decided rightly no longer verify and are counted apart).
 * Run directly (`npx tsx bench/verify.ts [count]`) it prints JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bulkRecordFields, insertFiledRecords } from '../emulator/testing/bulk-records';
import { MANAGER, OFFICER, startTestEmulator } from '../emulator/testing/harness';
import { RECORDS_MANAGERS_GROUP } from '../emulator/seed/users';
import { asRecordId } from '../src/core/ids';
import { reviewStateOf } from '../src/core/trust/review-state';
import {
  applyReview,
  createGraphClient,
  resolveSite,
  type GraphClient,
  type ReviewAction,
  type ReviewTarget,
  type SiteIds,
} from '../src/graph';
import { runVerify } from '../src/cli/verify/run-verify';
import { caughtForgeries, honestRecordsFlagged, plantForgeries } from './verify-forgeries';

const SITE = 'bronvast.sharepoint.com:/sites/informatiebeheer';
const SELECTION = 200;

/** Record `n`'s decision: a third stays to be reviewed, a third accepted, a third rejected. */
const decisionOf = (n: number): ReviewAction | null =>
  n % 3 === 0
    ? null
    : n % 3 === 1
      ? { kind: 'accept' }
      : { kind: 'reject', reason: 'Geen beleidswaarde.' };

/** Fills a store with `count` honest records, reviews two thirds, and times `bronvast verify`. */
export async function benchVerify(count = 10_000): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-verify-'));
  try {
    const first = await insertFiledRecords(dataDir, count, (n) => decisionOf(n) !== null);
    // Without SharePoint's resource-unit budget: this measures Bronvast's own work. Under the
    // budget of a tenant of up to 1,000 licences the downloads alone take about n/1,200 minutes.
    const test = await startTestEmulator({ dataDir, resourceBudget: 'off' });
    try {
      const baseUrl = test.emulator.baseUrl;
      const manager = createGraphClient({
        tokenProvider: () => Promise.resolve(`dev:${MANAGER}`),
        baseUrl,
      });
      const resolution = await resolveSite(manager, {
        hostname: 'bronvast.sharepoint.com',
        path: '/sites/informatiebeheer',
      });
      if (resolution.kind !== 'resolved') throw new Error('demo site missing');
      const reviewStart = performance.now();
      const reviewed = await reviewTwoThirds(manager, resolution.ids, count, first);
      const reviewMs = Math.round(performance.now() - reviewStart);
      const officer = createGraphClient({
        tokenProvider: () => Promise.resolve(`dev:${OFFICER}`),
        baseUrl,
      });
      // Unreviewed records (n % 3 === 0) for the officer's forgeries; records 1 and 2 reviewed.
      const unreviewed = Array.from({ length: 12 }, (_, k) => String(first + 3 * (k + 1)));
      const { forged, decided } = await plantForgeries(
        { officer, manager, site: resolution.ids },
        unreviewed,
        String(first + 1),
        String(first + 2),
      );

      let requests = 0;
      const counting: typeof fetch = (input, init) => {
        requests += 1;
        return fetch(input, init);
      };
      const lines: string[] = [];
      const errors: string[] = [];
      const start = performance.now();
      const exitCode = await runVerify(
        [
          '--graph-url',
          baseUrl,
          '--site',
          SITE,
          '--records-managers-group',
          RECORDS_MANAGERS_GROUP.id,
        ],
        {
          writeLine: (line) => {
            lines.push(line);
            return Promise.resolve();
          },
          writeError: (line) => errors.push(line),
        },
        { env: { BRONVAST_GRAPH_TOKEN: `dev:${MANAGER}` }, fetch: counting },
      );
      const verifyMs = Math.round(performance.now() - start);
      const flagged = lines.slice(0, -1);
      const caught = caughtForgeries(forged, flagged);
      const honestFlagged = honestRecordsFlagged(flagged, forged, decided);
      return {
        records: count,
        reviewedBeforehand: reviewed,
        reviewSetupMs: reviewMs,
        verify: {
          ms: verifyMs,
          requests,
          exitCode,
          summary: lines.at(-1),
          discrepancies: flagged.length,
          forgeries: forged.length,
          forgeriesCaught: caught.length,
          ...(caught.length === forged.length
            ? {}
            : { missed: forged.filter((forgery) => !caught.includes(forgery)) }),
          recordsOfForgedEvents: decided.size,
          honestRecordsFlagged: honestFlagged.length,
          ...(honestFlagged.length === 0 ? {} : { firstHonestFlagged: honestFlagged.slice(0, 10) }),
          ...(errors.length === 0 ? {} : { errors }),
        },
        target: 'every forgery caught, no honest record flagged',
        note:
          caught.length === forged.length && honestFlagged.length === 0
            ? `met: ${caught.length} of ${forged.length} forgeries caught, no honest record flagged`
            : `missed: ${caught.length} of ${forged.length} forgeries caught, ${honestFlagged.length} honest records flagged`,
      };
    } finally {
      await test.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Accepts or rejects two thirds of the records as the records manager, 200 per action. */
async function reviewTwoThirds(
  client: GraphClient,
  site: SiteIds,
  count: number,
  first: number,
): Promise<number> {
  const selections = new Map<string, { action: ReviewAction; targets: ReviewTarget[] }>();
  let reviewed = 0;
  for (let n = 0; n < count; n += 1) {
    const action = decisionOf(n);
    if (action === null) continue;
    const fields = bulkRecordFields(n);
    const selection = selections.get(action.kind) ?? { action, targets: [] };
    selections.set(action.kind, selection);
    selection.targets.push({
      id: asRecordId(String(first + n)),
      dedupKey: String(fields['BronvastDedupKey']),
      link: '',
      state: reviewStateOf({ ...fields, BronvastReviewStatus: 'te-beoordelen' }),
    });
    if (selection.targets.length === SELECTION) {
      reviewed += await apply(client, site, selection.targets, action);
      selection.targets = [];
    }
  }
  for (const { action, targets } of selections.values())
    reviewed += await apply(client, site, targets, action);
  return reviewed;
}

async function apply(
  client: GraphClient,
  site: SiteIds,
  targets: readonly ReviewTarget[],
  action: ReviewAction,
): Promise<number> {
  const outcomes = await applyReview(client, site, targets, action, MANAGER);
  const failed = outcomes.filter((outcome) => outcome.kind !== 'done');
  if (failed.length > 0)
    throw new Error(`${failed.length} reviews failed: ${JSON.stringify(failed[0])}`);
  return outcomes.length;
}

if (require.main === module) {
  void benchVerify(Number(process.argv[2] ?? 10_000)).then((result) =>
    console.log(JSON.stringify(result, null, 2)),
  );
}
