import type { RecordSummary } from '../../graph';
import type { DashboardRecord } from './dashboard-record';

/** Joins the records' columns with the reviewers' changes and the filers' departments. */
export function dashboardRecords(
  summaries: readonly RecordSummary[],
  reviewerChanges: ReadonlySet<string>,
  departments: ReadonlyMap<string, string>,
): DashboardRecord[] {
  return summaries.map((summary) => {
    const team = departments.get(summary.filedBy.toLowerCase());
    return {
      filedAt: summary.filedAt,
      reviewStatus: summary.reviewStatus,
      changedByReviewer: reviewerChanges.has(summary.dedupKey),
      ...(summary.dossier === undefined ? {} : { dossier: summary.dossier }),
      ...(team === undefined ? {} : { team }),
      ...(summary.received === undefined ? {} : { received: summary.received }),
      ...(summary.assessment === undefined ? {} : { assessment: summary.assessment }),
      ...(summary.wooCategory === undefined ? {} : { wooCategory: summary.wooCategory }),
    };
  });
}
