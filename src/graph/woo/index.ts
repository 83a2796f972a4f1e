/** The Woo desk's record system: requests, their log and selection, and the search. */
export { resolveWooSite, type WooSite, type WooSiteResolution } from './woo-site';
export {
  closeWooRequest,
  createWooRequest,
  findWooRequest,
  listWooRequests,
  type CreateRequestResult,
  type StoredWooRequest,
} from './woo-requests';
export { readWooLog, recordWooEvent, recordWooSearch, type WooLog } from './woo-log';
export {
  addToSelection,
  listSelection,
  saveDocumentDecision,
  saveRedactions,
  type RedactionDecisions,
  type SaveDecisionsResult,
  type SelectedDocument,
} from './woo-documents';
export { DEFAULT_SEARCH_SCHEMA, RENDITION_LABELS, wooKql, type WooSearchSchema } from './woo-kql';
export {
  recordPath,
  searchRecords,
  type WooHit,
  type WooSearchOptions,
  type WooSearchPage,
} from './woo-search';
export type { WooHitRecord } from './woo-hit-record';
export { WOO_LIST_NAMES } from '../provisioning/woo-lists';
export { readWooRecord, readWooRecordContent, type WooRecord } from './woo-record';
