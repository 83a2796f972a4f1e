/**
 * The core's vocabulary, without its assessment: the branded ids, the Woo codes, the message
 * and the small pure helpers an adapter maps with. `src/core` exports all of this too, but also
 * the assessment and the relevance model's weights (250 KB of JSON), which a module that only
 * names an id should not load (every importer's tests would pay for it).
 */
export * from '../ids';
export type * from '../message';
export type * from '../reason';
export type * from '../dossier';
export type * from '../assessment';
export type * from '../woo-codes';
export { DISCLOSURE_LEVEL_CODES } from '../woo-codes';
export { bareMessageId } from '../message-id';
export { isoWeek } from '../iso-week';
export { withUnreadableBody } from '../unreadable-body';
export { readOrganisationDomains } from '../organisation-domains';
