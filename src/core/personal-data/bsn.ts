import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { isCharAt, isWordCharAt } from './text-boundary';

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

// Nine digits, grouped 3-3-3 with one consistent separator or not at all, not followed by more
// digits, an amount's decimals or a code's next part.
const CANDIDATE = /\d{3}([ .]?)\d{3}\1\d{3}(?!\w|[ .,\-/]\d)/g;

// Numbers that a label right before them says are something else: invoices, KvK, RSIN (which
// passes the elfproef too), case numbers and the like.
const OTHER_NUMBER_LABEL =
  /(?:factuur|factuurnummer|kvk|kvk-nummer|kamer van koophandel|rsin|btw|ordernummer|order|klantnummer|polisnummer|kenmerk|referentie|zaaknummer|dossiernummer|relatienummer|vestigingsnummer|rekeningnummer|contractnummer|projectnummer|nummer factuur)[\s:.#-]*(?:nr\.?|nummer)?[\s:.#-]*$/i;

/** Whether the number at `start` continues something before it: a number, code or amount. */
function continuesSomething(text: string, start: number): boolean {
  if (isWordCharAt(text, start - 1) || isCharAt(text, start - 1, '+-/.,:€$')) return true;
  if (isCharAt(text, start - 1, ' ') && isCharAt(text, start - 2, '€$')) return true;
  return isCharAt(text, start - 1, ' .-') && /\d/.test(text.charAt(start - 2));
}

/** Finds BSNs that pass the elfproef and are not labelled as another kind of number. */
export function findBsns(text: string): Finding[] {
  const findings: Finding[] = [];
  const candidate = new RegExp(CANDIDATE);
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (continuesSomething(text, start) || isWordCharAt(text, end)) {
      candidate.lastIndex = start + 1;
      continue;
    }
    if (!isValidBsn(match[0])) continue;
    if (OTHER_NUMBER_LABEL.test(text.slice(Math.max(0, start - 40), start))) continue;
    findings.push(makeFinding('bsn', text, start, end));
  }
  return findings;
}
