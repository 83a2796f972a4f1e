import { dateColumn, numberColumn, textColumn, type ListSpec } from './list-spec';

/** The name of the coverage list on the Bronvast site. */
export const COVERAGE_LIST_NAME = 'BronvastDekking';

/**
 * The coverage list (docs/coverage.md): counts only, one item per officer (or shared mailbox),
 * team and ISO week per report: policy-relevant mail as assessed, filed, set aside, still open,
 * and the age in days of the oldest open one. No subjects, no parties, no message ids. Who
 * reported comes from the item's createdBy, never from a column. Team and week are indexed:
 * the dashboard asks for the recent weeks.
 */
export function coverageListSpec(): ListSpec {
  return {
    displayName: COVERAGE_LIST_NAME,
    template: 'genericList',
    columns: [
      textColumn('Team', true),
      textColumn('Week', true),
      textColumn('Mailbox'),
      numberColumn('Relevant'),
      numberColumn('Filed'),
      numberColumn('Dismissed'),
      numberColumn('Open'),
      numberColumn('OldestOpenDays'),
      dateColumn('ReportedAt', true),
    ],
  };
}
