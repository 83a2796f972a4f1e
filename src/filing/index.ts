/**
 * The public face of src/filing: the filing pipeline every surface shares (the outbox, its jobs
 * and their states, and the filers). Surfaces import from here; the pane's first paint imports
 * `./outbox` alone, so the Graph side stays out of its first chunk.
 */
export * from './outbox';
export { createFilingServices, type FilingServices } from './filing-services';
export {
  fileMailContent,
  type MailContentDependencies,
  type MailContentOutcome,
} from './mail-content';
export { createMailFiler } from './mail-filer';
export { readFilingFailure, readGraphFailure } from './read-failure';
export {
  FILING_ERROR_CODES,
  isSiteNotProvisionedError,
  SiteNotProvisionedError,
  type FilingErrorCode,
} from './filing-error';
export { lookupFiled, type FiledLookup } from './lookup-filed';
export { rememberOnce } from './remember';
export { requireSite } from './require-site';
export {
  loadOrganisationLearning,
  type LearningWarning,
  type OrganisationLearning,
} from './organisation-learning';
export { mergeHistories } from './records-history';
