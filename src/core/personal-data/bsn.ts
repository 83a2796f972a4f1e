import type { Finding } from '../assessment';
import { makeFinding } from './finding';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * Whether `value` is a burgerservicenummer: nine digits (dots and spaces allowed between the
 * groups) that pass the elfproef, the weighted sum 9..2 and -1 being a multiple of 11.
 */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(digits.charAt(index));
  });
  return sum % 11 === 0;
}

// Nine digits, grouped 3-3-3 with one consistent separator or not at all, that are not part of
// a longer number, an amount, an IBAN, a phone number or a code (letters, +, -, / around it).
const CANDIDATE =
  /(?<![\p{L}\p{N}_+\-/.,:]|\d[ .-]|[€$] ?)\d{3}([ .]?)\d{3}\1\d{3}(?![\p{L}\p{N}_]|[ .,\-/]\d)/gu;

// Numbers that a label right before them says are something else: invoices, KvK, RSIN (which
// passes the elfproef too), case numbers and the like.
const OTHER_NUMBER_LABEL =
  /(?:factuur|factuurnummer|kvk|kvk-nummer|kamer van koophandel|rsin|btw|ordernummer|order|klantnummer|polisnummer|kenmerk|referentie|zaaknummer|dossiernummer|relatienummer|vestigingsnummer|rekeningnummer|contractnummer|projectnummer|nummer factuur)[\s:.#-]*(?:nr\.?|nummer)?[\s:.#-]*$/i;

/** Finds BSNs that pass the elfproef and are not labelled as another kind of number. */
export function findBsns(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isValidBsn(match[0])) continue;
    if (OTHER_NUMBER_LABEL.test(text.slice(Math.max(0, start - 40), start))) continue;
    findings.push(makeFinding('bsn', text, start, end));
  }
  return findings;
}
