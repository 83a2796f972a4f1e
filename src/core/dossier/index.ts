/** Dossier suggestion: prepare the registry and filed mail once, then suggest per message. */
export { prepareDossierIndex } from './dossier-index';
export type { DossierIndex } from './dossier-index';
export { suggestDossiers } from './suggest-dossiers';
export { DOSSIER_REASON_CODES } from './reason-codes';
export type { DossierReasonCode } from './reason-codes';
