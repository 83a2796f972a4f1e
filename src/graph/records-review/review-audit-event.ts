import type { RecordId } from '../../core';
import { auditEventHash, type ReviewState } from '../../core/trust';
import type { GraphListItem } from '../wire-types';
import { auditCodeOf, reviewActionFields, type ReviewAction } from './review-action';

/**
 * The records library's indexed column linking a record to the last audit event of a review of
 * it, as `{event id}:{SHA-256 of the event}` (see `formatAuditLink`): the version that wrote it
 * names the records manager, the hash makes a changed event show.
 */
export const LAST_AUDIT_EVENT_COLUMN = 'BronvastLastAuditEvent';

/** A record an audit event speaks of. */
export interface AuditedRecord {
  readonly id: RecordId;
  readonly dedupKey: string;
}

/** A record a review decides on: its link to its previous event and its review state before. */
export interface ReviewedRecord extends AuditedRecord {
  /** The record's `BronvastLastAuditEvent` as loaded; empty before its first review. */
  readonly link: string;
  readonly state: ReviewState;
}

/** A record an action did not change, with the outcome code that says why. */
export interface UnappliedRecord extends AuditedRecord {
  readonly outcome: string;
}

/**
 * The columns of the one audit event of an action on a selection: the action, its changes and
 * reason, and per record its link to its previous event (`prev`: each record's own chain) and
 * its review state after the decision (`Details.records`). `Actor` and `At` are what the client
 * says; the trail shows the event's server-set `createdBy` and `createdDateTime`.
 */
export function auditEventFields(
  records: readonly ReviewedRecord[],
  action: ReviewAction,
  actor: string,
  at: Date,
): Record<string, string> {
  const changes = reviewActionFields(action);
  const details = {
    changes,
    ...(action.kind === 'reject' ? { reason: action.reason } : {}),
    records: records.map(({ id, dedupKey, link, state }) => ({
      id,
      dedupKey,
      prev: link === '' ? null : link,
      state: { ...state, ...changes },
    })),
  };
  return {
    Title: records.length === 1 ? (records[0]?.dedupKey ?? '') : `${records.length} records`,
    Action: auditCodeOf(action),
    Actor: actor,
    // Per-record filing events used this column; a review event is found through its records.
    RecordDedupKey: '',
    Details: JSON.stringify(details),
    At: at.toISOString(),
  };
}

/**
 * The columns of the event that corrects an action's event: the records it named that the
 * action did not change (`Details.event`, `Details.unapplied`).
 */
export function correctionEventFields(
  eventId: string,
  unapplied: readonly UnappliedRecord[],
  actor: string,
  at: Date,
): Record<string, string> {
  return {
    Title: `correctie ${eventId}`,
    Action: 'corrected',
    Actor: actor,
    RecordDedupKey: '',
    Details: JSON.stringify({ event: eventId, unapplied }),
    At: at.toISOString(),
  };
}

/** The SHA-256 of an audit event list item, as its columns came back from the record system. */
export function hashOfEventItem(item: GraphListItem): string {
  const fields = item.fields ?? {};
  const text = (name: string) => {
    const value = fields[name];
    return value === undefined || value === null ? '' : String(value);
  };
  return auditEventHash({
    id: item.id,
    title: text('Title'),
    action: text('Action'),
    actor: text('Actor'),
    recordDedupKey: text('RecordDedupKey'),
    details: text('Details'),
  });
}
