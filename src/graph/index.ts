/**
 * The Microsoft Graph adapter: the only code that talks to the record system. Surfaces build
 * one client in their composition root and pass it to these functions.
 */
export { createGraphClient, type GraphClient } from './graph-client';
export { GraphCallError, isGraphCallError, type GraphCallErrorKind } from './GraphCallError';
export { fetchAllPages, type Page } from './paging';
export { findSiteId, listLists } from './site';
export { sendJson } from './request';
export { downloadDriveItem } from './drive-download';
export { resolveSite } from './site';
export { type SiteIds, type SiteLocation } from './site-ids';
export {
  contentFromBytes,
  contentFromText,
  hashContent,
  type ContentSource,
} from './records/content-source';
export { findRecordByDedupKey } from './records/dedup-lookup';
export { fileRecord } from './records/file-record';
export type { FiledRecord } from './records/filed-record';
export type { FilingWarning } from './records/finish-filing';
export { queryRecords } from './records/records-query';
export { listRecentRecords } from './records/recent-records';
export { listRecordsForExport, type ListedRecord } from './exports/export-listing';
export { completeRecords, type AttachmentReader } from './exports/complete-records';
export {
  createDossier,
  listDossiers,
  updateDossier,
  type RegisteredDossier,
} from './dossiers/dossier-registry';
export { getMessageMime, getMessageMimeContent } from './mail/message-mime';
export { FILED_CATEGORY, markMessageFiled, readFiledMark } from './mail/filed-mark';
export { listRecentSentMessages } from './mail/sent-items';
export { customPropertiesId } from './mail/custom-properties';
export { listConversationMails } from './mail/conversation-mails';
export { getMessageSummary } from './mail/message-summary';
export { listColumnDefinitions, provisionSite } from './provisioning/provision-site';
export { siteSchema } from './provisioning/site-schema';
export { COVERAGE_LIST_NAME } from './provisioning/coverage-list';
export { WOO_LIST_NAMES } from './provisioning/woo-lists';
export { provisionGrants, type GrantProblem, type TrustGroups } from './provisioning/grants';
export { columnKind } from './provisioning/column-kind';
export { kindOfSpec, type ListSpec } from './provisioning/list-spec';
export type { GraphDriveItem, GraphListItem } from './wire-types';
export * from './records-review';
export { loadRecordsManagers } from './trust/records-managers';
export { readAuditEvents } from './trust/audit-event-facts';
export { readAuditChain } from './trust/audit-chain';
export { listContentVersions, type ContentVersion } from './trust/content-versions';
export { splitByBacking } from './trust/backed-records';
export { verifySite } from './trust/verify-site';
