/**
 * The reasons a disclosure pre-assessment can carry; the surfaces turn each into a sentence.
 *
 * - `personal-data-found`: personal data of one type was found (params: `type`, `count`,
 *   `ground`); the findings themselves carry the positions.
 * - `special-category-about-person`: special-category data about a named person makes up the
 *   message, so the message as a whole falls under 5.1.1d (params: `count`).
 * - `personal-policy-opinion`: personal policy opinions in internal deliberation, 5.2 (params:
 *   `wording` the words found).
 * - `confidential-business-data`: business data given in confidence, 5.1.1c (params: `wording`).
 * - `economic-interest-state`: economic or financial interests of the State, 5.1.2b (params:
 *   `wording`).
 * - `functioning-of-state`: the proper functioning of the State, 5.1.2i (params: `wording`).
 * - `inspection-supervision`: inspection, control and supervision, 5.1.2d (params: `wording`).
 * - `already-published`: the text shows the information is already public (params: `wording`).
 * - `nothing-found`: no ground was found; the message can be made public as it is.
 */
export const DISCLOSURE_REASON_CODES = [
  'personal-data-found',
  'special-category-about-person',
  'personal-policy-opinion',
  'confidential-business-data',
  'economic-interest-state',
  'functioning-of-state',
  'inspection-supervision',
  'already-published',
  'nothing-found',
] as const;

/** One of {@link DISCLOSURE_REASON_CODES}. */
export type DisclosureReasonCode = (typeof DISCLOSURE_REASON_CODES)[number];
