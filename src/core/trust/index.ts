/**
 * Trust in the record system, pure: the audit links between a record and its review events,
 * the review state a record carries, who the records managers are, and the checks that turn
 * the facts read from a site into discrepancies and a verdict per record.
 */
export { auditEventHash, formatAuditLink, parseAuditLink } from './audit-link';
export { reviewStateOf, type ReviewState } from './review-state';
export { correctionOf, reviewEventRecords } from './review-event';
export {
  isManager,
  managerSet,
  type Discrepancy,
  type EventFacts,
  type ManagerSet,
  type PersonRef,
  type RecordArea,
  type RecordFacts,
  type VersionFacts,
} from './trust-facts';
export { linkDiscrepancies } from './link-checks';
export { recordVerdict, reviewIsBacked } from './record-verdict';
export { adjustmentDiscrepancies, type AdjustmentFacts } from './adjustment-checks';
export { auditListDiscrepancies } from './audit-list-checks';
