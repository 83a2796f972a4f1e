import type { Reason } from '../reason';

/** Strong enough to outweigh the privacy of names in the text: the document is out already. */
const PUBLISHED_WEIGHT = 0.9;

// Links to the official publication sites, and wording that says the text has been published.
const PUBLISHED =
  /(?:https?:\/\/)?(?:www\.|zoek\.)?(?:officielebekendmakingen\.nl|open\.overheid\.nl|wetten\.overheid\.nl|lokaleregelgeving\.overheid\.nl|rijksoverheid\.nl\/(?:documenten|publicaties|actueel\/nieuws))[^\s)>\]]*|gepubliceerd (?:in|op|via) (?:de |het )?(?:staatscourant|staatsblad|gemeenteblad|provinciaal blad|waterschapsblad|rijksoverheid\.nl|website|open overheid)|(?:is|zijn|werd|werden) (?:al |reeds )?(?:openbaar gemaakt|gepubliceerd)|reeds openbaar/;

/**
 * Evidence in the text that the information is already public: a link to
 * officielebekendmakingen.nl, open.overheid.nl, wetten.overheid.nl or a rijksoverheid.nl
 * publication, or wording such as "gepubliceerd in de Staatscourant". Null when there is none.
 * @param text subject and body, lower case, without diacritics
 */
export function findPublication(text: string): Reason | null {
  const found = PUBLISHED.exec(text);
  return found === null
    ? null
    : { code: 'already-published', weight: PUBLISHED_WEIGHT, params: { wording: found[0] } };
}
