/**
 * The Microsoft Graph adapter: the only code that talks to the record system. Surfaces build
 * one client in their composition root and pass it to these functions.
 */
export {
  createGraphClient,
  type GraphClient,
  type GraphClientOptions,
  type GraphHttpRequest,
  type RetryOptions,
} from './graph-client';
export {
  GraphCallError,
  isGraphCallError,
  type GraphCallErrorDetails,
  type GraphCallErrorKind,
} from './GraphCallError';
export { RequestCounter } from './request-counter';
export { fetchAllPages, fetchPage, type Page } from './paging';
export { listLists } from './site';
export { sendJson, sendOk } from './request';
export {
  DOWNLOAD_URL,
  downloadDriveItem,
  fetchDownloadUrl,
  type DriveAddress,
} from './drive-download';
export { isListThresholdError } from './list-threshold';
export { resolveSite, type SiteResolution } from './site';
export {
  DEFAULT_LIST_NAMES,
  type SiteIds,
  type SiteListNames,
  type SiteLocation,
} from './site-ids';
export {
  contentFromBlob,
  contentFromBytes,
  contentFromText,
  hashContent,
  type ContentSource,
} from './records/content-source';
export { findRecordByDedupKey } from './records/dedup-lookup';
export {
  fileRecord,
  type FileRecordInput,
  type FilingResult,
  type UploadOptions,
} from './records/file-record';
export type { FiledRecord } from './records/filed-record';
export type { FilingWarning } from './records/finish-filing';
export { queryRecords, type RecordQuery } from './records/records-query';
export {
  HISTORY_COLUMNS,
  listRecentRecords,
  type RecentRecordsOptions,
} from './records/recent-records';
export { reviewRecord, type RecordReview } from './records/review-record';
export {
  exportFilter,
  listRecordsForExport,
  type ExportQuery,
  type ListedMetadata,
  type ListedRecord,
} from './exports/export-listing';
export {
  completeRecords,
  type AttachmentReader,
  type CompletionOptions,
} from './exports/complete-records';
export { readRecordContent, readRecordFiles, type RecordFile } from './exports/record-files';
export {
  createDossier,
  listDossiers,
  updateDossier,
  type RegisteredDossier,
} from './dossiers/dossier-registry';
export {
  getMessageMime,
  getMessageMimeContent,
  type MailboxOptions,
  type MimeStream,
} from './mail/message-mime';
export {
  FILED_CATEGORY,
  markMessageFiled,
  readFiledMark,
  RECORD_URL_PROPERTY_ID,
  type FiledMark,
} from './mail/filed-mark';
export { listRecentSentMessages, type SentItemsOptions, type SentMessage } from './mail/sent-items';
export { customPropertiesId, parseCustomProperties } from './mail/custom-properties';
export { listConversationMails, type ConversationMail } from './mail/conversation-mails';
export { getMessageSummary } from './mail/message-summary';
export {
  listColumnDefinitions,
  provisionSite,
  type ProvisionReport,
} from './provisioning/provision-site';
export { siteSchema } from './provisioning/site-schema';
export {
  provisionGrants,
  type GrantProblem,
  type GrantsReport,
  type TrustGroups,
} from './provisioning/grants';
export { areaFolder, INTAKE_FOLDER, RECORDS_FOLDER } from './records/record-areas';
export { columnKind } from './provisioning/column-kind';
export {
  kindOfSpec,
  type ColumnKind,
  type ColumnSpec,
  type ListSpec,
} from './provisioning/list-spec';
export type {
  GraphBatchResponse,
  GraphCollection,
  GraphDriveItem,
  GraphList,
  GraphListItem,
  GraphMessage,
} from './wire-types';
export * from './records-review';
export { loadRecordsManagers } from './trust/records-managers';
export { eventFactsOf, listAuditEvents, readAuditEvents } from './trust/audit-event-facts';
export { readAuditChain } from './trust/audit-chain';
export {
  findContentChange,
  listContentVersions,
  type ContentVersion,
} from './trust/content-versions';
export { splitByBacking, type BackedPage } from './trust/backed-records';
export { verifySite, type SiteVerdict, type VerifyOptions } from './trust/verify-site';
