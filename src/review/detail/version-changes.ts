import { LAST_AUDIT_EVENT_COLUMN, type Person, type RecordVersion } from '../../graph';
import { isRecordsManager } from '../records-managers';

/** One column a version changed. */
export interface ColumnChange {
  readonly column: string;
  readonly from: string;
  readonly to: string;
}

/** A version with what it changed and whether the page flags it. */
export interface VersionChange {
  readonly label: string;
  readonly at?: Date;
  readonly by?: Person;
  readonly changes: readonly ColumnChange[];
  /** A review column changed by someone who is not a records manager. */
  readonly flagged: boolean;
}

/** The columns only records managers change after filing. */
export const REVIEW_COLUMNS: readonly string[] = [
  'BronvastReviewStatus',
  'BronvastDossier',
  'BronvastWooCategory',
  'BronvastAssessment',
  'BronvastGrounds',
];

const TRACKED = /^(Bronvast|Mail)/;
/** Columns that link a version to its audit event: shown in the audit trail, not as a change. */
const LINKS: readonly string[] = [LAST_AUDIT_EVENT_COLUMN];

/**
 * What each version changed compared with the one before (oldest first). A review column that
 * had a value and was changed by anyone but a records manager is flagged; the filing itself
 * (columns written for the first time) never is.
 */
export function versionChanges(
  versions: readonly RecordVersion[],
  managers: readonly string[],
): VersionChange[] {
  let previous: Readonly<Record<string, unknown>> = {};
  return versions.map((version) => {
    const changes = changedColumns(previous, version.fields);
    const flagged =
      !isRecordsManager(version.modifiedBy, managers) &&
      changes.some((change) => REVIEW_COLUMNS.includes(change.column) && change.from !== '');
    previous = version.fields;
    return {
      label: version.label,
      ...(version.modifiedAt === undefined ? {} : { at: version.modifiedAt }),
      ...(version.modifiedBy === undefined ? {} : { by: version.modifiedBy }),
      changes,
      flagged,
    };
  });
}

function changedColumns(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): ColumnChange[] {
  const columns = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...columns]
    .filter((column) => TRACKED.test(column) && !LINKS.includes(column))
    .sort()
    .flatMap((column) => {
      const from = show(before[column]);
      const to = show(after[column]);
      return from === to ? [] : [{ column, from, to }];
    });
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
