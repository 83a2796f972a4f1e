import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { execAt } from './text-boundary';

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?';

// The words that make a date a date of birth; the date follows on the same line.
const BIRTH_LABEL =
  /\b(?:[gG]eboren|[gG]eb\.|[gG]eboortedatum|[gG]eboortedag|[dD]ate of [bB]irth|[dD]\.[oO]\.[bB]\.|DOB|[dD]ob|[bB]orn)(?:[ \t]+(?:te|in)[ \t]+[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*)?)?,?(?:[ \t]+(?:van|of)(?:[ \t]+[a-z]+){1,2})?(?:[ \t]+(?:op|on|d\.d\.|in|at))?[ \t]*[:-]?[ \t]*\(?/g;

// Numeric dates (12-03-1985, 12/3/85, 1985-03-12, 12.03.1985) and written ones (12 maart 1985,
// March 12, 1985), read right where the label ends.
const DATE = new RegExp(
  '(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|' +
    `\\d{1,2}(?:e|de|ste)?[ \\t]+${MONTH}[ \\t]+\\d{4}|${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4})(?![\\w])`,
  'iy',
);

/** Finds dates labelled as a date of birth (geboren op, geboortedatum:, geb., DOB, born). */
export function findDatesOfBirth(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const label of text.matchAll(BIRTH_LABEL)) {
    const start = label.index + label[0].length;
    const match = execAt(DATE, text, start);
    if (match !== null) {
      findings.push(makeFinding('date-of-birth', text, start, start + match[0].length));
    }
  }
  return findings;
}
