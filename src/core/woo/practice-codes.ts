import type { GroundCode } from '../woo-codes';
import { isGroundCode } from './grounds';

/**
 * Codes Woo decisions cite beside the law's grounds: `dubbel`, "inhoud is in een ander document
 * al beoordeeld" (the content was assessed in another document). The Rijk's publication
 * platform reads it from the inventory (minvws/nl-rdo-woo-web, `Citation.php`).
 */
export type PracticeCode = 'dubbel';

/** What an inventory's Beoordelingsgrond can cite: a ground of the law or a practice code. */
export type CitedGround = GroundCode | PracticeCode;

/** Whether a string (from a column) is a ground code or a practice code. */
export function isCitedGround(value: string): value is CitedGround {
  return value === 'dubbel' || isGroundCode(value);
}
