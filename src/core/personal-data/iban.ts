import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { IBAN_FORMATS } from './iban-formats';

/** The ISO 7064 mod 97-10 remainder of an IBAN rearranged with its first four characters last. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder;
}

/**
 * Whether `value` is an IBAN: a known country code, the length and structure of letters and
 * digits that country prescribes, and a mod-97 check that leaves 1. Spaces, dots and hyphens
 * between groups are ignored, as python-stdnum does.
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/[\s.-]+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const format = IBAN_FORMATS.get(iban.slice(0, 2));
  if (format === undefined || !format.pattern.test(iban)) return false;
  return mod97(iban) === 1;
}

// A country code and check digits, then up to 34 letters and digits with single spaces between.
const CANDIDATE_SOURCE = String.raw`(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,30}`;
const isUpperAlnum = (char: string): boolean =>
  (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9');

/** The end offset after `count` letters and digits from `from`, or null if they run out. */
function endAfter(text: string, from: number, count: number): number | null {
  let index = from;
  let taken = 0;
  while (taken < count && index < text.length) {
    const char = text.charAt(index);
    if (isUpperAlnum(char)) taken += 1;
    else if (char !== ' ' || !isUpperAlnum(text.charAt(index + 1))) return null;
    index += 1;
  }
  return taken === count ? index : null;
}

/** The end of the IBAN starting at `start` if one of its country's length is there. */
function ibanEndAt(text: string, start: number): number | null {
  const length = IBAN_FORMATS.get(text.slice(start, start + 2))?.length;
  if (length === undefined) return null;
  const end = endAfter(text, start + 4, length - 4);
  if (end === null || /[\p{L}\p{N}]/u.test(text.charAt(end))) return null;
  return isValidIban(text.slice(start, end)) ? end : null;
}

/** Finds IBANs of any country, written with or without spaces, that pass the mod-97 check. */
export function findIbans(text: string): Finding[] {
  const findings: Finding[] = [];
  const candidate = new RegExp(CANDIDATE_SOURCE, 'gu');
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const end = ibanEndAt(text, match.index);
    if (end === null) {
      candidate.lastIndex = match.index + 1;
      continue;
    }
    findings.push(makeFinding('iban', text, match.index, end));
    candidate.lastIndex = end;
  }
  return findings;
}
