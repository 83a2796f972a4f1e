/** Finds personal data in message text, with the Woo ground each kind points to. */
export { findPersonalData } from './find-personal-data';
export { isValidBsn } from './bsn';
export { isValidIban } from './iban';
export { GROUND_BY_TYPE } from './finding';
export { loadNameLexicon } from './lexicon/load-name-lexicon';
export type { NameLexicon } from './lexicon/name-lexicon';
