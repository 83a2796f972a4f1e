/**
 * The Woo knowledge as code: information categories (art. 3.3, 3.1), exception grounds
 * (chapter 5) and disclosure levels.
 */
export { WOO_CATEGORIES, wooCategory, wooCategoryByTooiId } from './categories';
export { WOO_GROUNDS, wooGround, isGroundCode } from './grounds';
export { checkGroundCombination } from './ground-combination';
export { disclosureLevel, disclosureLevelLabels } from './levels';
export type { LocalizedText } from './localized-text';
export { isCitedGround, type CitedGround } from './practice-codes';
