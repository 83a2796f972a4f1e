import type { RecordId } from '../../core/ids';
import { auditCodeOf, reviewActionFields, type ReviewAction } from './review-action';

/**
 * The records library's indexed column naming the audit event of the review change a version
 * made: the version's server-set author and time link that change to the event.
 */
export const LAST_AUDIT_EVENT_COLUMN = 'BronvastLastAuditEvent';

/** A record an audit event speaks of. */
export interface AuditedRecord {
  readonly id: RecordId;
  readonly dedupKey: string;
}

/** A record an action did not change, with the outcome code that says why. */
export interface UnappliedRecord extends AuditedRecord {
  readonly outcome: string;
}

/**
 * The columns of the one audit event of an action on a selection: the action, its changes and
 * reason, and the records it was asked for (`Details.records`). `Actor` and `At` are what the
 * client says; the trail shows the event's server-set `createdBy` and `createdDateTime`.
 */
export function auditEventFields(
  records: readonly AuditedRecord[],
  action: ReviewAction,
  actor: string,
  at: Date,
): Record<string, string> {
  const details = {
    changes: reviewActionFields(action),
    ...(action.kind === 'reject' ? { reason: action.reason } : {}),
    records: records.map(({ id, dedupKey }) => ({ id, dedupKey })),
  };
  return {
    Title: records.length === 1 ? (records[0]?.dedupKey ?? '') : `${records.length} records`,
    Action: auditCodeOf(action),
    Actor: actor,
    // Per-record filing events use this column; a review event is found through the versions.
    RecordDedupKey: '',
    Details: JSON.stringify(details),
    At: at.toISOString(),
  };
}

/**
 * The columns of the event that corrects an action's event (the audit list is append only): the
 * records it named that the action did not change (`Details.event`, `Details.unapplied`).
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
