import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { isCharAt, isWordCharAt } from './text-boundary';

// A Dutch number: +31, 0031 or 0, an optional "(0)", or an area code in parentheses
// ("(030) 555 5555"), then digits in groups separated by one space, a hyphen, a slash or " - ".
// At least seven digits after the prefix (the shortest is a service number, 0800-1234).
const CANDIDATE =
  /(?:\+31|0031|0|\(0(?=\d{1,3}\)))(?: ?\(0\))?(?:\) ?|[ \-/]| - )?\d(?:(?:\) ?|[ \-/]| - )?\d){6,12}/g;

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
  const prefix = /^(?:\+31|0031)(?: ?\(0\))?/.exec(written);
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
 * Finds Dutch phone numbers: mobile, landline (area code in parentheses too), +31/0031
 * notations, +31 (0)6 and 0800/0900 numbers. A
 * number glued to letters, digits or code punctuation is not one, so dates (12-03-2024),
 * amounts, zaaknummers (Z-2024-001234) and postcodes are not reported.
 */
export function findPhoneNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  const candidate = new RegExp(CANDIDATE);
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const start = match.index;
    if (isWordCharAt(text, start - 1) || isCharAt(text, start - 1, '+-/.,:')) {
      candidate.lastIndex = start + 1;
      continue;
    }
    const length = completeLength(match[0]);
    if (length === null || isWordCharAt(text, start + length)) continue;
    if (IBAN_GROUPS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    findings.push(makeFinding('phone', text, start, start + length));
  }
  return findings;
}
