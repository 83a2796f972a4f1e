import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { isWordCharAt } from './text-boundary';

// A number abroad: "+" and a country code other than the Netherlands', then digit groups split
// by spaces, hyphens, dots or slashes, with an optional "(0)". E.164 allows at most 15 digits.
const INTERNATIONAL =
  /\+(?!31|0)[1-9]\d{0,2}(?:[ \u00a0]?\(0\))?(?:[ \-./\u00a0]?\d){6,13}(?![\d])/g;

/** Numbers abroad with their country code, nine to fifteen digits long. */
export function findInternationalNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(INTERNATIONAL)) {
    const start = match.index;
    const digits = match[0].replace(/\(0\)/, '').replace(/\D/g, '').length;
    if (digits < 9 || digits > 15 || isWordCharAt(text, start - 1)) continue;
    if (isWordCharAt(text, start + match[0].length)) continue;
    findings.push(makeFinding('phone', text, start, start + match[0].length));
  }
  return findings;
}
