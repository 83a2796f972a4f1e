import { batchStepError, MAX_BATCH_STEPS, sendBatch, type BatchStep } from '../batch';
import type { GraphClient } from '../graph-client';
import { COVERAGE_LIST_NAME } from '../provisioning/coverage-list';
import { listLists } from '../site';
import type { SiteIds } from '../site-ids';

/** One week's counts as the pane reports them: numbers only. */
export interface CoverageRow {
  readonly team: string;
  /** ISO 8601 week, `2026-W49`. */
  readonly week: string;
  /** '' for the officer's own mailbox, else the shared mailbox's address. */
  readonly mailbox: string;
  readonly relevant: number;
  readonly filed: number;
  readonly dismissed: number;
  readonly open: number;
  /** Days since the oldest open mail of the week came in; 0 when none is open. */
  readonly oldestOpenDays: number;
}

/** Whether the report was written, or the site has no coverage list yet (run the provisioning). */
export type CoverageReportOutcome =
  | { readonly kind: 'reported'; readonly items: number }
  | { readonly kind: 'list-missing' };

/**
 * Adds the rows to the coverage list: one item each, created in `$batch` requests of 20
 * (https://learn.microsoft.com/graph/json-batching), `POST /sites/{site}/lists/{list}/items`
 * (https://learn.microsoft.com/graph/api/listitem-create). One list lookup plus one request per
 * 20 rows. Items are only added, never changed: the dashboard takes the newest per reporter,
 * mailbox and week.
 */
export async function reportCoverage(
  client: GraphClient,
  site: SiteIds,
  rows: readonly CoverageRow[],
  reportedAt: Date,
): Promise<CoverageReportOutcome> {
  const lists = await listLists(client, site.siteId);
  const list = lists.find(
    (candidate) => candidate.name === COVERAGE_LIST_NAME || candidate.displayName === COVERAGE_LIST_NAME,
  );
  if (list === undefined) return { kind: 'list-missing' };
  const steps: BatchStep[] = rows.map((row, index) => ({
    id: String(index + 1),
    method: 'POST',
    url: `/sites/${site.siteId}/lists/${list.id}/items`,
    body: {
      fields: {
        Title: `${row.team} ${row.week}`,
        Team: row.team,
        Week: row.week,
        Mailbox: row.mailbox,
        Relevant: row.relevant,
        Filed: row.filed,
        Dismissed: row.dismissed,
        Open: row.open,
        OldestOpenDays: row.oldestOpenDays,
        ReportedAt: reportedAt.toISOString(),
      },
    },
    headers: { 'Content-Type': 'application/json' },
  }));
  for (let start = 0; start < steps.length; start += MAX_BATCH_STEPS) {
    const part = steps.slice(start, start + MAX_BATCH_STEPS);
    const answers = await sendBatch(client, part, 'coverage.report');
    for (const step of part) {
      const error = batchStepError(answers.get(step.id), 'coverage.report');
      if (error !== undefined) throw error;
    }
  }
  return { kind: 'reported', items: rows.length };
}
