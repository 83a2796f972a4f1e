import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { isCharAt, isWordCharAt } from './text-boundary';

// A Dutch postcode: four digits (not starting with 0), an optional space, two capitals (SA,
// SD and SS are never issued).
const POSTCODE = /[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?!\w)/g;

// A street and house number on the same line before the postcode ("Kerkstraat 12a, "), read
// from a bounded slice so the look-back stays cheap.
const STREET_WORD = "(?:\\p{Lu}|'s-|’s-)[\\p{L}'’.-]*";
const STREET_CONNECTOR = "(?:van|de|der|den|het|'t|aan|op|in|bij|ter|ten|te|en|la|le)";
const STREET_BEFORE = new RegExp(
  `(?:^|[\\s(:])(${STREET_WORD}(?:[ \\t](?:${STREET_WORD}|${STREET_CONNECTOR})){0,4}[ \\t]\\d{1,5}` +
    '(?:[ \\t]?[a-zA-Z](?![\\p{L}])|-\\d{1,4}|[ \\t]?-[ \\t]?[A-Za-z0-9]{1,4}|[ \\t](?:bis|hs|bg|bv|zw|rd|I{1,3})(?![\\p{L}]))?)[ \\t]*,?[ \\t]*(?:\\r?\\n[ \\t]*)?$',
  'u',
);

// A house number right after the postcode: "1234 AB 12", "1234AB 12a".
const NUMBER_AFTER = /^[ \t]\d{1,5}(?:[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,4})?(?![\p{L}\p{N}])/u;

// A Postbus or antwoordnummer is an organisation's address, and an organisation's address is
// not personal data (persons rarely rent a Postbus), so "Postbus 20011, 2500 EA Den Haag" is
// not reported. A street address is reported: from the text alone it may be someone's home.
const ORGANISATION_ADDRESS = /^(?:postbus|antwoordnummer|p\.?o\.? box)\b/i;
// The same holds for an address its label gives as an organisation's (bezoekadres,
// vestigingsadres, postadres, kantooradres).
const ORGANISATION_LABEL =
  /(?:bezoek|vestigings|post|kantoor|correspondentie)adres[^:\n]{0,30}:[ \t]*$/i;

interface Span {
  readonly start: number;
  readonly end: number;
}

function streetBefore(text: string, postcodeStart: number): Span | 'organisation' | null {
  const windowStart = Math.max(0, postcodeStart - 80);
  const match = STREET_BEFORE.exec(text.slice(windowStart, postcodeStart));
  const street = match?.[1];
  if (match === null || street === undefined) return null;
  const start = windowStart + match.index + match[0].indexOf(street);
  if (ORGANISATION_ADDRESS.test(street)) return 'organisation';
  if (ORGANISATION_LABEL.test(text.slice(Math.max(0, start - 60), start))) return 'organisation';
  return { start, end: start + street.length };
}

function addressAt(text: string, start: number, end: number): Span | null {
  const before = streetBefore(text, start);
  if (before === 'organisation') return null;
  if (before !== null) return { start: before.start, end };
  const after = NUMBER_AFTER.exec(text.slice(end, end + 12));
  return after === null ? null : { start, end: end + after[0].length };
}

/**
 * Finds addresses: a postcode with a house number, either after it (1234 AB 12) or as street
 * and number before it (Kerkstraat 12, 1234 AB). The span runs from the street (or postcode)
 * to the house number or postcode; the place name is not part of it. A bare postcode and
 * Postbus addresses are not reported.
 */
export function findAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isWordCharAt(text, start - 1) || isCharAt(text, start - 1, '-/.,')) continue;
    if (isWordCharAt(text, end)) continue;
    const address = addressAt(text, start, end);
    if (address !== null) findings.push(makeFinding('postcode', text, address.start, address.end));
  }
  return findings;
}
