/**
 * Capitalised words that a salutation, signature or header can hold where a name would be,
 * but that name a group, a role or an organisation (Beste Collega's, Geachte Voorzitter,
 * Team Woo, Directie Wetgeving). A candidate holding one of them is not a person's name.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `
  all allemaal allen iedereen everyone everybody team teams collega collega's collegas
  colleagues colleague heer heren mevrouw dames meneer sir madam lezer lezers leden voorzitter
  vicevoorzitter commissie commissieleden minister ministers staatssecretaris burgemeester
  wethouder wethouders directeur directeuren directie secretaris griffier griffie raad
  raadsleden college gemeente ministerie provincie waterschap afdeling bureau dienst
  servicedesk helpdesk secretariaat redactie programma project projectteam projectgroep
  werkgroep stuurgroep namens postbus woo wob info communicatie beleid bestuur zaken
  juridische rijksoverheid kabinet the dear beste geachte hallo thanks bedankt dank groet
  groeten regards klantenservice klant partners relatie ambtenaar ambtenaren medewerker
  medewerkers organisatie administratie inkoop facilitair personeelszaken hr it ict noreply
  nieuwsbrief agenda vergadering overleg kamer kamerleden tweede eerste staten gedeputeerde
  heemraden dijkgraaf fractie partij stichting vereniging inspectie autoriteit rechtbank
  politie belastingdienst intern extern ondersteuning support sales office management staf
  ministerraad
  `
    .trim()
    .split(/\s+/),
);

// Compounds that name a unit: Klantcontactcentrum, Projectbureau, Woo-loket, Servicepunt.
const GENERIC_SUFFIX =
  /(?:centrum|bureau|team|dienst|loket|desk|punt|afdeling|secretariaat|zaken)$/;

const SEPARATOR = /[\s\-,]/;
const SEPARATORS = /[\s\-,]+/;

/** Whether the candidate contains a word that names a group, role or organisation. */
export function hasGenericWord(candidate: string): boolean {
  const lower = candidate.toLowerCase();
  // One word (the common case): no split needed.
  if (!SEPARATOR.test(lower)) return GENERIC_WORDS.has(lower) || GENERIC_SUFFIX.test(lower);
  return lower
    .split(SEPARATORS)
    .some((word) => GENERIC_WORDS.has(word) || GENERIC_SUFFIX.test(word));
}
