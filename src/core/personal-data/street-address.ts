/**
 * Street addresses without a postcode: a street name and a house number ("Kastanjelaan 27",
 * "Burgemeester de Withstraat 8 bis", "Van Ostadestraat 233-H", "KERKPAD 3"), with a postcode
 * on the same line when one follows ("Rapenburg 48, 2311 EZ"). A street name is one to four
 * capitalised words (with tussenvoegsels) whose last ends as Dutch street names end.
 */

// The endings of Dutch street names; a word ending so, before a house number, names a street.
const STREET_ENDS =
  'straat|straatweg|laan|weg|plein|gracht|kade|singel|dreef|steeg|pad|hof|park|markt|dijk|diep|wal|burgwal|haven|ring|baan|dam|erf|plantsoen|boulevard|allee|kanaal|poort|plaats|hoven|burg|veld|brink|horst|oord|werf|zijde|wetering|vaart|stede|akker|kamp|hoek|tuin|gaarde|vliet|berg';
// Streets whose last word stands apart: Grote Markt, Oude Gracht, Lange Voorhout.
const STREET_WORDS = 'Gracht|Markt|Weg|Laan|Kade|Singel|Plein|Dijk|Wal|Haven|Dreef|Voorhout';
const PARTICLE = "(?:van|de|der|den|het|'t|aan|op|in|bij|ter|ten|te|en|la|le|von)";
// A house number with what Dutch addresses add to it: 12a, 12 A, 12-2, 12-II, 12 bis, 12 hs,
// 233-H, 12/1, 17-19.
const NUMBER =
  '[1-9]\\d{0,4}(?:[ \\t]?[a-zA-Z](?![\\p{L}])|-\\d{1,4}|-[A-Za-z]{1,3}(?![\\p{L}])|\\/\\d{1,3}|[ \\t](?:bis|hs|bg|bv|zw|rd|I{1,3})(?![\\p{L}]))?';
const POSTCODE_AFTER = '(?:,?[ \\t]+[1-9]\\d{3}[ \\t]?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\p{N}]))?';

/** The address pattern, for names written as usual or in capitals throughout (KERKPAD 3). */
function addressPattern(capitals: boolean): RegExp {
  const word = capitals ? "\\p{Lu}[\\p{Lu}'’.-]*" : "(?:\\p{Lu}[\\p{L}'’.-]*|'s-\\p{Lu}[\\p{L}-]*)";
  const ends = capitals ? STREET_ENDS.toUpperCase() : STREET_ENDS;
  const words = capitals ? STREET_WORDS.toUpperCase() : STREET_WORDS;
  const particle = capitals ? `(?:${PARTICLE}|${PARTICLE.toUpperCase()})` : PARTICLE;
  const letters = capitals ? "[\\p{Lu}'’-]*" : "[\\p{L}'’-]*";
  const last = `(?:\\p{Lu}|'s-\\p{Lu})${letters}(?:${ends})`;
  const street =
    `(?:${word}[ \\t](?:${particle}[ \\t]){0,2}){0,3}${last}` +
    `|(?:${word}[ \\t]){1,2}(?:${words})`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(${street})[ \\t](${NUMBER})${POSTCODE_AFTER}(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** The match in `window` that takes in the position `anchor`, if any. */
function matchAround(pattern: RegExp, window: string, anchor: number): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
    if (match.index > anchor) return null;
    if (match.index + match[0].length > anchor) return match;
  }
  return null;
}

const USUAL = addressPattern(false);
const CAPITALS = addressPattern(true);
// Where an address may end: a street ending, then a house number. A plain, cheap scan.
const ANCHOR = new RegExp(`(?:${STREET_ENDS}|${STREET_WORDS})[ \\t]+[1-9]`, 'gi');
const LOOK_BACK = 70;

/** A street address found: its offsets and the street's own text. */
export interface StreetMatch {
  readonly start: number;
  readonly end: number;
  readonly street: string;
}

/** Street-and-number addresses in `text`, whoever's they are (the caller drops the office's). */
export function matchStreetAddresses(text: string): StreetMatch[] {
  const found: StreetMatch[] = [];
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor !== null; anchor = ANCHOR.exec(text)) {
    const lineStart = text.lastIndexOf('\n', anchor.index) + 1;
    const from = Math.max(lineStart, anchor.index - LOOK_BACK);
    const window = text.slice(from, anchor.index + anchor[0].length + 24);
    const at = anchor.index - from;
    const match = matchAround(USUAL, window, at) ?? matchAround(CAPITALS, window, at);
    const street = match?.[1];
    if (match === null || match === undefined || street === undefined) continue;
    const start = from + match.index;
    const end = start + match[0].length;
    const last = found[found.length - 1];
    if (last === undefined || last.end <= start) found.push({ start, end, street });
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, end);
  }
  return found;
}
