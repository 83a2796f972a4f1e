import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { findInternationalNumbers } from './international-phone';
import { isCharAt, isWordCharAt } from './text-boundary';

// A Dutch number: +31, 0031 or 0, an optional "(0)", or an area code in parentheses
// ("(030) 555 5555"), then digits in groups separated by one space (also a non-breaking one), a
// hyphen or dash, a slash, a dot or " - ". At least seven digits after the prefix (the shortest
// is a service number, 0800-1234). "(+31)" and "tel:+31" open one too.
const SEPARATOR = '(?:\\) ?|[ \\-/.\u00a0\u202f–]| [-–] )';
const CANDIDATE = new RegExp(
  `(?:\\(?\\+31\\)?|0031|0|\\(0(?=\\d{1,3}\\)))(?:[ \u00a0]?\\(0\\))?${SEPARATOR}?\\d(?:${SEPARATOR}?\\d){6,12}`,
  'g',
);
// A date written with dots ("01.02.2024 12:00") is not a phone number.
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}/;

// The tail of an account number written in groups ("NL91 ABNA 0417 1643 01" that failed the
// IBAN check) is not a phone number either.
const IBAN_GROUPS_BEFORE = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){1,7} $/;

const SERVICE_PREFIX = /^0(?:800|900|906|909)/;

/** Whether a national number is complete: ten digits, or a service number of 8 or 11. */
function isCompleteNumber(national: string): boolean {
  if (!/^0[1-9]/.test(national)) return false;
  if (SERVICE_PREFIX.test(national)) return national.length === 8 || national.length === 11;
  return national.length === 10;
}

/** The Dutch notation (leading 0) of the prefix written before the subscriber digits. */
function nationalPrefix(written: string): { readonly national: string; readonly from: number } {
  const prefix = /^(?:\(?\+31\)?|0031)(?:[ \u00a0]?\(0\))?/.exec(written);
  return prefix === null ? { national: '', from: 0 } : { national: '0', from: prefix[0].length };
}

/**
 * The shortest run of whole digit groups from the start of `written` that is a complete
 * number, so a phone number followed by another number ("0612345678 12 keer") still counts.
 */
function completeLength(written: string): number | null {
  const prefix = nationalPrefix(written);
  let national = prefix.national;
  for (let index = prefix.from; index < written.length && national.length < 11; index += 1) {
    const char = written.charAt(index);
    if (char < '0' || char > '9') continue;
    national += char;
    const next = written.charAt(index + 1);
    const groupEnds = next < '0' || next > '9';
    if (groupEnds && national.length >= 8 && isCompleteNumber(national)) return index + 1;
  }
  return null;
}

/**
 * Finds phone numbers: Dutch mobile and landline numbers (area code in parentheses too, groups
 * split by spaces, hyphens, dots or slashes), +31/0031 notations, +31 (0)6, 0800/0900 numbers,
 * and numbers abroad written with their country code (+32 2 123 45 67). A
 * number glued to letters, digits or code punctuation is not one, so dates (12-03-2024),
 * amounts, zaaknummers (Z-2024-001234) and postcodes are not reported.
 */
export function findPhoneNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  const candidate = new RegExp(CANDIDATE);
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const start = match.index;
    const glued = isCharAt(text, start - 1, '+-/.,') || /\d:$/.test(text.slice(start - 2, start));
    if (isWordCharAt(text, start - 1) || glued || DOTTED_DATE.test(match[0])) {
      candidate.lastIndex = start + 1;
      continue;
    }
    const length = completeLength(match[0]);
    if (length === null || isWordCharAt(text, start + length)) continue;
    if (IBAN_GROUPS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    findings.push(makeFinding('phone', text, start, start + length));
  }
  return [...findings, ...findInternationalNumbers(text)];
}
