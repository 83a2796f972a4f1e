/** The public face of the core: the domain types and the one entry point, `assessMessage`. */
export * from './ids';
export type * from './message';
export type * from './reason';
export type * from './dossier';
export type * from './assessment';
export type * from './woo-codes';
export { invariant, assertNever } from './errors';
export { assessMessage, prepareContext } from './assess';
export type { AssessmentContext, ContextInput } from './assess';
export { readOrganisationDomains } from './organisation-domains';
export { applyAdjustment, parseAdjustment, shippedModel } from './relevance';
export type { RelevanceAdjustment, RelevanceModel } from './relevance';
export { preselect, type Preselection } from './preselection';
export { BODY_UNREADABLE, withUnreadableBody } from './unreadable-body';
export { bareMessageId, normaliseInternetMessageId } from './message-id';
export { loadNameLexicon } from './personal-data/lexicon/load-name-lexicon';
export type { NameLexicon } from './personal-data/lexicon/name-lexicon';
