/** The Woo desk's record system: requests, their log and selection, and the search. */
export { resolveWooSite, type WooSite } from './woo-site';
export {
  closeWooRequest,
  createWooRequest,
  findWooRequest,
  listWooRequests,
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
export { searchRecords, type WooSearchPage } from './woo-search';
export { readWooRecord, readWooRecordContent, type WooRecord } from './woo-record';
