/** The records manager's side of the adapter: the review queue, actions, history and content. */
export { applyReview, type ReviewOutcome, type ReviewTarget } from './apply-review';
export { downloadRecordContent, type RecordContent } from './record-content';
export {
  listAuditTrail,
  listRecordVersions,
  type AuditEvent,
  type RecordVersion,
} from './record-history';
export { ensureDossierFolder, moveRecordFiles, type MoveOutcome } from './move-record-files';
export {
  auditCodeOf,
  auditEventFields,
  reviewActionFields,
  type ReviewAction,
  type ReviewAuditCode,
} from './review-action';
export { personOf, reviewItemFromListItem, type Person, type ReviewItem } from './review-item';
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
  type StoredAdjustment,
  SETTINGS_LIBRARY,
} from './relevance-adjustment-store';
