/** Verification of records and the audit list: pure, shared by the review page and `bronvast verify`. */
export {
  auditEventHash,
  formatAuditLink,
  parseAuditLink,
  type AuditLink,
  type HashedEvent,
} from './audit-link';
export { auditListDiscrepancies } from './audit-list-checks';
export { linkDiscrepancies } from './link-checks';
export { recordVerdict, reviewIsBacked } from './record-verdict';
export {
  correctionOf,
  reviewEventRecords,
  type CorrectionDetails,
  type ReviewEventDetails,
  type ReviewEventRecord,
} from './review-event';
export {
  differingColumns,
  INTEGRITY_COLUMNS,
  REVIEW_COLUMNS,
  reviewStateOf,
  type ReviewState,
} from './review-state';
export {
  isManager,
  managerSet,
  type Discrepancy,
  type DiscrepancyCode,
  type EventFacts,
  type ManagerSet,
  type PersonRef,
  type RecordArea,
  type RecordFacts,
  type VersionFacts,
} from './trust-facts';
export { versionDiscrepancies } from './version-checks';
