/**
 * The codes the Woo knowledge is keyed by. The facts behind each code (article, TOOI id,
 * labels, explanations) live in `woo/`.
 */

/** Information categories of Woo art. 3.3 (lid 1 a-e, lid 2 a-l) and the art. 3.1 catch-all. */
export type WooCategoryCode =
  | '3.3.1a'
  | '3.3.1b'
  | '3.3.1c'
  | '3.3.1d'
  | '3.3.1e'
  | '3.3.2a'
  | '3.3.2b'
  | '3.3.2c'
  | '3.3.2d'
  | '3.3.2e'
  | '3.3.2f'
  | '3.3.2g'
  | '3.3.2h'
  | '3.3.2i'
  | '3.3.2j'
  | '3.3.2k'
  | '3.3.2l'
  | '3.1';

/** Exception grounds as written in Woo decisions (art. 5.1, 5.2, 5.4, 5.4a). */
export type GroundCode =
  | '5.1.1a'
  | '5.1.1b'
  | '5.1.1c'
  | '5.1.1d'
  | '5.1.1e'
  | '5.1.2a'
  | '5.1.2b'
  | '5.1.2c'
  | '5.1.2d'
  | '5.1.2e'
  | '5.1.2f'
  | '5.1.2g'
  | '5.1.2h'
  | '5.1.2i'
  | '5.1.4'
  | '5.1.5'
  | '5.2'
  | '5.4'
  | '5.4a';

/**
 * Disclosure assessment levels, as in the inventory list (Openbaar, Deels openbaar, ...), from
 * most to least open with "already public" last: the one list every layer reads them from.
 */
export const DISCLOSURE_LEVEL_CODES = [
  'openbaar',
  'deels-openbaar',
  'niet-openbaar',
  'reeds-openbaar',
] as const;

/** A disclosure assessment level (see {@link DISCLOSURE_LEVEL_CODES}). */
export type DisclosureLevel = (typeof DISCLOSURE_LEVEL_CODES)[number];

/** Whether a string (from a column or a file) is a disclosure level. */
export function isDisclosureLevel(value: unknown): value is DisclosureLevel {
  return DISCLOSURE_LEVEL_CODES.some((level) => level === value);
}
