import type { DisclosureLevel } from '../../core';
import { isComplete, type DashboardRecord } from './dashboard-record';
import { isoWeek } from '../../core/vocabulary';
import { median, percentile } from './statistics';

/** How the dashboard groups records. */
export type DashboardDimension = 'dossier' | 'team' | 'week';

/** The key of records without a value for the dimension (no dossier, department unknown). */
export const UNKNOWN_KEY = '';

/** The figures of one group (a dossier, a team, a week). */
export interface DashboardRow {
  readonly key: string;
  readonly filed: number;
  /** Hours from received to filed, over the records that have a received time. */
  readonly filingHoursMedian?: number;
  readonly filingHoursP90?: number;
  /** Records still `te-beoordelen`. */
  readonly backlog: number;
  /** Days the oldest record of the backlog has waited. */
  readonly backlogOldestDays?: number;
  readonly backlogMedianDays?: number;
  /** Share (0..1) of the records whose suggestion the officer or the reviewer changed. */
  readonly changedShare: number;
  readonly byLevel: Readonly<Record<DisclosureLevel | 'none', number>>;
  /** Share (0..1) of records with dossier, category and assessment. */
  readonly completeness: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The group key of a record. */
export function keyOf(record: DashboardRecord, dimension: DashboardDimension): string {
  if (dimension === 'week') return isoWeek(record.filedAt);
  return (dimension === 'dossier' ? record.dossier : record.team) ?? UNKNOWN_KEY;
}

/**
 * The dashboard's figures per group, sorted by key (weeks in order); pure, so the page and its
 * tests compute the same. `now` dates the backlog's age.
 */
export function summarize(
  records: readonly DashboardRecord[],
  dimension: DashboardDimension,
  now: Date,
): DashboardRow[] {
  const groups = new Map<string, DashboardRecord[]>();
  for (const record of records) {
    const key = keyOf(record, dimension);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [record]);
    else group.push(record);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => summarizeGroup(key, group, now));
}

function summarizeGroup(key: string, group: readonly DashboardRecord[], now: Date): DashboardRow {
  const filingHours = group.flatMap((record) =>
    record.received === undefined
      ? []
      : [Math.max(0, record.filedAt.getTime() - record.received.getTime()) / HOUR],
  );
  const waiting = group
    .filter((record) => record.reviewStatus === 'te-beoordelen')
    .map((record) => Math.max(0, now.getTime() - record.filedAt.getTime()) / DAY);
  const changed = group.filter(
    (record) => record.changedByReviewer || record.changedByOfficer === true,
  ).length;
  return {
    key,
    filed: group.length,
    ...optional('filingHoursMedian', median(filingHours)),
    ...optional('filingHoursP90', percentile(filingHours, 90)),
    backlog: waiting.length,
    ...optional('backlogOldestDays', waiting.length === 0 ? undefined : Math.max(...waiting)),
    ...optional('backlogMedianDays', median(waiting)),
    changedShare: changed / group.length,
    byLevel: countLevels(group),
    completeness: group.filter(isComplete).length / group.length,
  };
}

function countLevels(group: readonly DashboardRecord[]): Record<DisclosureLevel | 'none', number> {
  const counts = {
    openbaar: 0,
    'deels-openbaar': 0,
    'niet-openbaar': 0,
    'reeds-openbaar': 0,
    none: 0,
  };
  for (const record of group) counts[record.assessment ?? 'none'] += 1;
  return counts;
}

function optional<K extends string>(
  name: K,
  value: number | undefined,
): Partial<Record<K, number>> {
  if (value === undefined) return {};
  const entry: Partial<Record<K, number>> = {};
  entry[name] = value;
  return entry;
}
