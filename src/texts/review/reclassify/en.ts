import type { ReclassifyTexts } from './reclassify-texts';

/** The reclassify form in English. */
export const RECLASSIFY_EN: ReclassifyTexts = {
  category: 'Information category',
  level: 'Assessment',
  grounds: 'Exception grounds',
  groundsHint: 'Type a code or a word (e.g. 5.1.2e or privacy) and pick from the list.',
  groundsPlaceholder: 'Search an exception ground',
  noGroundMatches: (text) => `No exception ground found for ‘${text}’.`,
  chosenGrounds: 'Chosen grounds',
  removeGround: (code) => `Remove ground ${code}`,
  groundUnknown: (text) =>
    `‘${text}’ is not an exception ground of the Woo. Pick a ground from the list or clear the field.`,
  groundsWithoutRestriction: (level) =>
    `‘${level}’ takes no exception grounds. Remove the grounds or choose ‘Partly public’ or ‘Not public’.`,
  groundsMissing: (level) => `Choose at least one exception ground for ‘${level}’.`,
  residualCombined: (codes) =>
    `Ground 5.1.5 covers only an interest other than those of article 5.1 paragraphs 1 and 2; it cannot go with ${codes.join(', ')}.`,
};
