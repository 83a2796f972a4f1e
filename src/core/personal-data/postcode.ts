import type { Finding } from '../assessment';
import { isOrganisationAddress, isPostbus } from './address-context';
import { makeFinding } from './finding';
import { resolveOverlaps } from './resolve-overlaps';
import { matchStreetAddresses } from './street-address';
import { isCharAt, isWordCharAt } from './text-boundary';

// A Dutch postcode: four digits (not starting with 0), an optional space, two capitals (SA,
// SD and SS are never issued).
const POSTCODE = /[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?!\w)/g;

// Any street and house number on the same line before the postcode ("Kerkstraat 12a, "), for
// streets whose names end otherwise than street-address.ts knows, read from a bounded slice.
const STREET_WORD = "(?:\\p{Lu}|'s-|’s-)[\\p{L}'’.-]*";
const STREET_CONNECTOR = "(?:van|de|der|den|het|'t|aan|op|in|bij|ter|ten|te|en|la|le)";
const STREET_BEFORE = new RegExp(
  `(?:^|[\\s(:])(${STREET_WORD}(?:[ \\t](?:${STREET_WORD}|${STREET_CONNECTOR})){0,4}[ \\t]\\d{1,5}` +
    '(?:[ \\t]?[a-zA-Z](?![\\p{L}])|-\\d{1,4}|[ \\t]?-[ \\t]?[A-Za-z0-9]{1,4}|[ \\t](?:bis|hs|bg|bv|zw|rd|I{1,3})(?![\\p{L}]))?)[ \\t]*,?[ \\t]*$',
  'u',
);

// A house number right after the postcode: "1234 AB 12", "1234AB 12a".
const NUMBER_AFTER = /^[ \t]\d{1,5}(?:[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,4})?(?![\p{L}\p{N}])/u;
// A place right after the postcode, as an address block writes it: "9712 LM Groningen".
const PLACE_AFTER = /^[ \t]{1,2}(?:'s-)?\p{Lu}[\p{L}'’-]{1,}/u;

interface Span {
  readonly start: number;
  readonly end: number;
}

function streetBefore(text: string, postcodeStart: number): Span | 'postbus' | null {
  const windowStart = Math.max(0, postcodeStart - 80);
  const match = STREET_BEFORE.exec(text.slice(windowStart, postcodeStart));
  const street = match?.[1];
  if (match === null || street === undefined) return null;
  if (isPostbus(street)) return 'postbus';
  const start = windowStart + match.index + match[0].indexOf(street);
  return { start, end: start + street.length };
}

function postcodeAddress(text: string, start: number, end: number): Span | null {
  const before = streetBefore(text, start);
  if (before === 'postbus') return null;
  if (before !== null) return { start: before.start, end };
  const after = NUMBER_AFTER.exec(text.slice(end, end + 12));
  if (after !== null) return { start, end: end + after[0].length };
  return PLACE_AFTER.test(text.slice(end, end + 40)) ? { start, end } : null;
}

function postcodeAddresses(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isWordCharAt(text, start - 1) || isCharAt(text, start - 1, '-/.,')) continue;
    if (isWordCharAt(text, end)) continue;
    const address = postcodeAddress(text, start, end);
    if (address !== null) spans.push(address);
  }
  return spans;
}

/**
 * Finds addresses: a street and house number ("Kastanjelaan 27", "Burgemeester de Withstraat
 * 8 bis", with the postcode when it follows on the same line), a postcode with a house number
 * (1234 AB 12), and the postcode of an address block (9712 LM Groningen). A street on one line
 * and its postcode on the next are two findings. The place name is not part of a finding; a
 * bare postcode in a sentence, Postbus addresses and the organisation's own addresses (see
 * address-context.ts) are not reported.
 */
export function findAddresses(text: string): Finding[] {
  const spans = [...matchStreetAddresses(text), ...postcodeAddresses(text)];
  const findings = spans
    .filter((span) => !isPostbus(text.slice(span.start)))
    .filter((span) => !isOrganisationAddress(text, span.start))
    .map((span) => makeFinding('postcode', text, span.start, span.end));
  return resolveOverlaps(findings);
}
