import type { Discrepancy } from '../../core';
import {
  LAST_AUDIT_EVENT_COLUMN,
  type ContentVersion,
  type Person,
  type RecordVersion,
} from '../../graph';

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
  /** The file's size changed in this version (new content), from and to. */
  readonly content?: { readonly from: number; readonly to: number };
  /** What verification found in this version (a review column set by a non-manager, ...). */
  readonly flags: readonly Discrepancy[];
}

const TRACKED = /^(Bronvast|Mail)/;
/** Columns that link a version to its audit event: shown in the audit trail, not as a change. */
const LINKS: readonly string[] = [LAST_AUDIT_EVENT_COLUMN];

/**
 * What each version changed compared with the one before (oldest first), with the file's new
 * size where its content changed and what verification (`recordVerdict`) found in it.
 */
export function versionChanges(
  versions: readonly RecordVersion[],
  found: readonly Discrepancy[] = [],
  files: readonly ContentVersion[] = [],
): VersionChange[] {
  let previous: Readonly<Record<string, unknown>> = {};
  return versions.map((version, index) => {
    const changes = changedColumns(previous, version.fields);
    previous = version.fields;
    const size = files.find((file) => file.label === version.label)?.size;
    const before =
      index === 0
        ? undefined
        : files.find((file) => file.label === versions[index - 1]?.label)?.size;
    return {
      label: version.label,
      ...(version.modifiedAt === undefined ? {} : { at: version.modifiedAt }),
      ...(version.modifiedBy === undefined ? {} : { by: version.modifiedBy }),
      changes,
      ...(size !== undefined && before !== undefined && size !== before
        ? { content: { from: before, to: size } }
        : {}),
      flags: found.filter((discrepancy) => discrepancy.version === version.label),
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
