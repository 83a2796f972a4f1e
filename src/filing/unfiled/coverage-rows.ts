import type { CoverageRow } from '../../graph/coverage';
import type { WeekCoverage } from './coverage-tally';

const DAY_MS = 86_400_000;

/** The tally of a scan as rows for the coverage list: counts, the team, and ages in whole days. */
export function coverageRows(
  weeks: readonly WeekCoverage[],
  team: string,
  now: Date,
): CoverageRow[] {
  return weeks.map((week) => ({
    team,
    week: week.week,
    mailbox: week.mailbox,
    relevant: week.relevant,
    filed: week.filed,
    dismissed: week.dismissed,
    open: week.open,
    oldestOpenDays:
      week.oldestOpen === null
        ? 0
        : Math.max(0, Math.floor((now.getTime() - week.oldestOpen.getTime()) / DAY_MS)),
  }));
}
