/** Dossier suggestion: prepare the registry and filed mail once, then suggest per message. */
export { prepareDossierIndex } from './dossier-index';
export type { DossierIndex } from './dossier-index';
export { suggestDossiers, NO_DOSSIER_FITS_BELOW, MIN_LISTED_SCORE } from './suggest-dossiers';
export { DOSSIER_REASON_CODES } from './reason-codes';
export type { DossierReasonCode } from './reason-codes';
export { findKenmerkMentions, normaliseKenmerk } from './kenmerk';
export type { KenmerkMention } from './kenmerk';
