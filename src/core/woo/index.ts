/**
 * The Woo knowledge as code: information categories (art. 3.3, 3.1), exception grounds
 * (chapter 5) and disclosure levels.
 */
export { WOO_CATEGORIES, wooCategory, wooCategoryByTooiId, type WooCategory } from './categories';
export { WOO_GROUNDS, wooGround, isGroundCode, type WooGround } from './grounds';
export type { GroundKind } from './ground-rows';
export { isCitedGround, type CitedGround, type PracticeCode } from './practice-codes';
export { checkGroundCombination, type GroundCombinationCheck } from './ground-combination';
export {
  DISCLOSURE_LEVELS,
  disclosureLevel,
  levelFromInventory,
  type DisclosureLevelInfo,
} from './levels';
export type { LocalizedText } from './localized-text';
