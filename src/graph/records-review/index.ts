/** The records manager's side of the adapter: the review queue, actions, history and content. */
export { applyReview, type ReviewOutcome, type ReviewTarget } from './apply-review';
export { downloadRecordContent, type RecordContent } from './record-content';
export { listRecordVersions, type RecordVersion } from './record-history';
export { listAuditTrail, type AuditEvent } from './audit-trail';
export {
  auditEventFields,
  correctionEventFields,
  hashOfEventItem,
  LAST_AUDIT_EVENT_COLUMN,
  type AuditedRecord,
  type ReviewedRecord,
  type UnappliedRecord,
} from './review-audit-event';
export { ensureDossierFolder, moveRecordFiles, type MoveOutcome } from './move-record-files';
export {
  auditCodeOf,
  reviewActionFields,
  type ReviewAction,
  type ReviewAuditCode,
} from './review-action';
export {
  personOf,
  recordAreaOf,
  reviewItemFromListItem,
  reviewTargetOf,
  type Person,
  type ReviewItem,
} from './review-item';
export {
  changedAfterFiling,
  matchesLocally,
  planReviewQuery,
  type LocalFilterCode,
  type ReviewFilter,
  type ReviewQueryPlan,
} from './review-query';
export { getReviewItem, queryReviewQueue, type ReviewPage } from './review-queue';
export {
  listRecordSummaries,
  listReviewerChanges,
  SUMMARY_COLUMNS,
  summaryOf,
  type RecordSummary,
} from './dashboard-source';
export { userDepartment } from './user-department';
export {
  ADJUSTMENT_FILE,
  loadRelevanceAdjustment,
  readRelevanceAdjustment,
  saveRelevanceAdjustment,
  settingsDrive,
  type StoredAdjustment,
  SETTINGS_LIBRARY,
} from './relevance-adjustment-store';
