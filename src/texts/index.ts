/**
 * The public face of src/texts: every sentence Bronvast shows, in Dutch (default) and English.
 * Pure TypeScript without React: codes come in, sentences go out. A surface's own texts are in
 * its folder (`texts/pane`, `texts/commands`, `texts/teams`, `texts/review`, `texts/workbench`),
 * the shared components' texts in `texts/shared`; the language and the codes' sentences are
 * exported here.
 */
export { languageOf, type UiLanguage } from './language';
export {
  describeDiscrepancy,
  describeError,
  describeLevel,
  describeReason,
  type MimeErrorCode,
} from './codes';
