import type { ReclassifyTexts } from './reclassify-texts';

/** The reclassify form in Dutch. */
export const RECLASSIFY_NL: ReclassifyTexts = {
  category: 'Informatiecategorie',
  level: 'Beoordeling',
  grounds: 'Weigeringsgronden',
  groundsHint: 'Typ een code of een woord (bijv. 5.1.2e of levenssfeer) en kies uit de lijst.',
  groundsPlaceholder: 'Zoek een weigeringsgrond',
  noGroundMatches: (text) => `Geen weigeringsgrond gevonden voor ‘${text}’.`,
  chosenGrounds: 'Gekozen gronden',
  removeGround: (code) => `Grond ${code} verwijderen`,
  groundUnknown: (text) =>
    `‘${text}’ is geen weigeringsgrond van de Woo. Kies een grond uit de lijst of maak het veld leeg.`,
  groundsWithoutRestriction: (level) =>
    `Bij ‘${level}’ horen geen weigeringsgronden. Verwijder de gronden of kies ‘Deels openbaar’ of ‘Niet openbaar’.`,
  groundsMissing: (level) => `Kies bij ‘${level}’ ten minste één weigeringsgrond.`,
  residualCombined: (codes) =>
    `Grond 5.1.5 geldt alleen voor een ander belang dan in artikel 5.1 lid 1 en 2; hij kan niet samen met ${codes.join(', ')}.`,
};
