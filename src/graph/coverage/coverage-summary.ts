import type { CoverageReport } from './coverage-reports';

/** The coverage of one team in one ISO week, over the newest reports. */
export interface CoverageSummaryRow {
  readonly team: string;
  /** ISO 8601 week, `2026-W49`. */
  readonly week: string;
  readonly relevant: number;
  readonly filed: number;
  readonly dismissed: number;
  readonly open: number;
  /** The oldest open mail of the team's mailboxes that week, in days; 0 when none is open. */
  readonly oldestOpenDays: number;
  /** Filed over policy-relevant (0..1); absent when nothing was policy-relevant. */
  readonly filedShare?: number;
}

/**
 * The report that counts for each mailbox and week: the newest. An officer's own mailbox
 * (`mailbox` empty) is hers alone, so her reports replace only her own; a shared mailbox is the
 * same mail whoever reads it, so its newest report replaces every earlier one of that week, by
 * anyone (two officers of Postbus Woo count its mail once).
 */
export function newestReports(reports: readonly CoverageReport[]): CoverageReport[] {
  const newest = new Map<string, CoverageReport>();
  for (const report of reports) {
    const owner = report.mailbox === '' ? `own|${report.reporter}` : `shared|${report.mailbox}`;
    const key = `${owner}|${report.week}`;
    const known = newest.get(key);
    if (known === undefined || report.reportedAt.getTime() >= known.reportedAt.getTime())
      newest.set(key, report);
  }
  return [...newest.values()];
}

/**
 * Coverage per team and week, from the newest report of each mailbox and week (see
 * {@link newestReports}): the counts added up, the oldest open mail the largest of the
 * mailboxes', and the share filed. Sorted by week, then team; pure.
 */
export function summarizeCoverage(reports: readonly CoverageReport[]): CoverageSummaryRow[] {
  const groups = new Map<string, CoverageSummaryRow>();
  for (const report of newestReports(reports)) {
    const key = `${report.week}|${report.team}`;
    const sum = groups.get(key);
    groups.set(key, {
      team: report.team,
      week: report.week,
      relevant: (sum?.relevant ?? 0) + report.relevant,
      filed: (sum?.filed ?? 0) + report.filed,
      dismissed: (sum?.dismissed ?? 0) + report.dismissed,
      open: (sum?.open ?? 0) + report.open,
      oldestOpenDays: Math.max(sum?.oldestOpenDays ?? 0, report.oldestOpenDays),
    });
  }
  return [...groups.values()]
    .sort((a, b) => a.week.localeCompare(b.week) || a.team.localeCompare(b.team))
    .map(withShare);
}

/** The weeks of a summary over all teams: what the dashboard's chart draws. */
export function coverageWeeks(rows: readonly CoverageSummaryRow[]): CoverageSummaryRow[] {
  const weeks = new Map<string, CoverageSummaryRow>();
  for (const row of rows) {
    const sum = weeks.get(row.week);
    weeks.set(row.week, {
      team: '',
      week: row.week,
      relevant: (sum?.relevant ?? 0) + row.relevant,
      filed: (sum?.filed ?? 0) + row.filed,
      dismissed: (sum?.dismissed ?? 0) + row.dismissed,
      open: (sum?.open ?? 0) + row.open,
      oldestOpenDays: Math.max(sum?.oldestOpenDays ?? 0, row.oldestOpenDays),
    });
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)).map(withShare);
}

function withShare(row: CoverageSummaryRow): CoverageSummaryRow {
  const counts: CoverageSummaryRow = {
    team: row.team,
    week: row.week,
    relevant: row.relevant,
    filed: row.filed,
    dismissed: row.dismissed,
    open: row.open,
    oldestOpenDays: row.oldestOpenDays,
  };
  return row.relevant === 0 ? counts : { ...counts, filedShare: row.filed / row.relevant };
}
