/**
 * The public face of src/texts: every sentence Bronvast shows, in Dutch (default) and English.
 * Pure TypeScript without React: codes come in, sentences go out. A surface's own texts are in
 * its folder (`texts/review`, `texts/teams`, `texts/pane`, `texts/workbench`), each read through
 * the surface's hook; the shared components' texts and the codes' sentences are exported here.
 */
export { languageOf, type UiLanguage } from './language';
export type { Texts } from './shared/texts';
export { surfaceTexts } from './shared/surface-texts';
export type { FailureCode } from './codes/filing-error-texts';
export {
  describeDiscrepancy,
  describeError,
  describeGround,
  describeLevel,
  describeReason,
  describeWooCategory,
  type MimeErrorCode,
  type WooText,
} from './codes';
