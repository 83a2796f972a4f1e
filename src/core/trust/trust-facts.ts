import type { ReviewEventRecord } from './review-event';

/** Someone the record system names (createdBy, lastModifiedBy): address and, where known, id. */
export interface PersonRef {
  readonly address: string;
  readonly id?: string;
}

/** Who the records managers are: the members of the Entra ID group, as Graph lists them. */
export interface ManagerSet {
  readonly ids: ReadonlySet<string>;
  /** Lower-case addresses (mail or user principal name). */
  readonly addresses: ReadonlySet<string>;
}

/** Builds the set from the group's members. */
export function managerSet(members: readonly PersonRef[]): ManagerSet {
  return {
    ids: new Set(members.flatMap((member) => (member.id === undefined ? [] : [member.id]))),
    addresses: new Set(members.map((member) => member.address.trim().toLowerCase())),
  };
}

/** Whether the person is one of the records managers (by id, else by address). */
export function isManager(managers: ManagerSet, person: PersonRef | undefined): boolean {
  if (person === undefined) return false;
  if (person.id !== undefined && person.id !== '' && managers.ids.has(person.id)) return true;
  return managers.addresses.has(person.address.trim().toLowerCase());
}

/** One version of a record's list item: who made it and the columns as they were then. */
export interface VersionFacts {
  readonly label: string;
  readonly by?: PersonRef;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** An audit event as verification sees it. */
export interface EventFacts {
  readonly id: string;
  readonly action: string;
  /** The server-set author. */
  readonly author?: PersonRef;
  /** The SHA-256 of the event as it is now (see `auditEventHash`). */
  readonly hash: string;
  /** The records a review event speaks of; undefined for other events. */
  readonly records?: readonly ReviewEventRecord[];
  /** Changed after it was written (its last change is later than its creation), and by whom. */
  readonly edited: boolean;
  readonly editedBy?: PersonRef;
  /** The event a `corrected` event corrects, and the records that event did not change. */
  readonly corrects?: { readonly event: string; readonly unapplied: readonly string[] };
}

/** Where a record's file lies in the records library. */
export type RecordArea = 'intake' | 'records' | 'elsewhere';

/** What verification knows of one record. */
export interface RecordFacts {
  readonly id: string;
  /** The current columns. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly area?: RecordArea;
  /** The list item's versions, oldest first; undefined where they were not read. */
  readonly versions?: readonly VersionFacts[];
  /** The SHA-256 of the content as it is now, or `missing`; undefined where it was not read. */
  readonly content?:
    { readonly kind: 'hash'; readonly sha256: string } | { readonly kind: 'missing' };
  /** Who last changed the content, where known (the file version that brought other bytes). */
  readonly contentChangedBy?: PersonRef;
}

/** What is wrong with a record or the audit list, as a code the surfaces say in words. */
export type DiscrepancyCode =
  | 'columns-missing'
  | 'content-missing'
  | 'content-hash-mismatch'
  | 'status-set-at-filing'
  | 'integrity-column-rewritten'
  | 'review-column-by-non-manager'
  | 'audit-link-by-non-manager'
  | 'version-missing'
  | 'status-without-review'
  | 'audit-link-malformed'
  | 'audit-link-without-hash'
  | 'audit-event-missing'
  | 'audit-event-changed'
  | 'audit-event-other-record'
  | 'audit-event-by-non-manager'
  | 'audit-chain-broken'
  | 'review-changed-after-review'
  | 'reviewed-still-in-intake'
  | 'audit-event-edited'
  | 'audit-event-deleted'
  | 'audit-event-not-applied'
  | 'adjustment-by-non-manager'
  | 'adjustment-out-of-bounds'
  | 'adjustment-unreadable';

/** One discrepancy, with what it concerns. */
export interface Discrepancy {
  readonly code: DiscrepancyCode;
  /** The record's list item id; absent for discrepancies of the audit list or the adjustment. */
  readonly record?: string;
  readonly version?: string;
  readonly column?: string;
  readonly eventId?: string;
  /** Who made the change, as the record system names them. */
  readonly by?: string;
}
