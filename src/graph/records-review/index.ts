/** The records manager's side of the adapter: the review queue, actions, history and content. */
export { applyReview, type ReviewOutcome, type ReviewTarget } from './apply-review';
export { downloadRecordContent, type RecordContent } from './record-content';
export { listRecordVersions, type RecordVersion } from './record-history';
export { listAuditTrail, type AuditEvent } from './audit-trail';
export { LAST_AUDIT_EVENT_COLUMN } from './review-audit-event';
export { moveRecordFiles, type MoveOutcome } from './move-record-files';
export { type ReviewAction, type ReviewAuditCode } from './review-action';
export { reviewTargetOf, type Person, type ReviewItem } from './review-item';
export { type LocalFilterCode, type ReviewFilter } from './review-query';
export { getReviewItem, queryReviewQueue, type ReviewPage } from './review-queue';
export {
  listRecordSummaries,
  listReviewerChanges,
  recordSummaryPages,
  type RecordSummary,
} from './dashboard-source';
export { userDepartment } from './user-department';
export {
  loadRelevanceAdjustment,
  readRelevanceAdjustment,
  saveRelevanceAdjustment,
  settingsDrive,
  type StoredAdjustment,
} from './relevance-adjustment-store';
