/**
 * Whether an address in a text is the organisation's own: a Postbus or antwoordnummer, an
 * address labelled as a visiting, postal or office address, the town hall where a hearing is
 * held, or the address block under an organisation's name in a letterhead. Such an address is
 * not personal data (persons rarely rent a Postbus; an office is no one's home), so it is not
 * reported. A street address is reported otherwise: from the text alone it may be someone's home.
 */

const ORGANISATION_ADDRESS = /^(?:postbus|antwoordnummer|p\.?o\.? box)\b/i;

// Words in the same paragraph, shortly before the address, that make it an office's address.
const OFFICE_WORDS =
  /(?:bezoek|vestigings|post|kantoor|correspondentie|factuur)adres|\b(?:stadhuis|gemeentehuis|provinciehuis|stadskantoor|gemeentekantoor|raadhuis|kantoor|vergaderlocatie|hoofdkantoor|balie|loket|receptie|servicepunt)\b/i;
// A street named after the town hall is the town hall's address: Stadhuisplein 1.
const OFFICE_STREET = /^(?:stadhuis|raadhuis|gemeentehuis|provinciehuis)/i;

// A letterhead: a line naming the organisation just above the address block.
const ORGANISATION_LINE =
  /^[ \t]*(?:gemeente|ministerie|provincie|waterschap|hoogheemraadschap|stichting|vereniging|rechtbank|omgevingsdienst|ggd|uwv|belastingdienst|rijkswaterstaat|politie)\b/im;

/** Whether `street` (the text the address starts with) is a Postbus or antwoordnummer. */
export function isPostbus(street: string): boolean {
  return ORGANISATION_ADDRESS.test(street);
}

/** The paragraph before `start`, at most `limit` characters: it stops at a blank line. */
function paragraphBefore(text: string, start: number, limit: number): string {
  const window = text.slice(Math.max(0, start - limit), start);
  const blank = window.search(/\n[ \t]*\n(?![^]*\n[ \t]*\n)/);
  return blank < 0 ? window : window.slice(blank);
}

/** Whether the address starting at `start` is the organisation's own (see the file comment). */
export function isOrganisationAddress(text: string, start: number): boolean {
  if (OFFICE_STREET.test(text.slice(start, start + 14))) return true;
  const before = paragraphBefore(text, start, 120);
  const sameSentence = before.split(/[.!?](?=\s)/).pop() ?? '';
  if (OFFICE_WORDS.test(sameSentence)) return true;
  const lines = before.split('\n');
  const above = lines.slice(-4, -1);
  return above.some(
    (line) => ORGANISATION_LINE.test(line) || ORGANISATION_ADDRESS.test(line.trim()),
  );
}
