import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { PERSON_NAME, REVERSED_NAME } from './name-pattern';
import { hasGenericWord } from './name-stopwords';
import { execAt } from './text-boundary';

// A quoted header line of a forwarded or replied mail, in Dutch or English Outlook.
const HEADER_LINE =
  /^[ \t>*]*(?:Van|From|Aan|To|Cc|CC|Bcc|BCC|Afzender|Geadresseerde|Verzonden door|Sent by|Namens)[ \t]*:\*?[ \t]*/gm;

// One entry of the list, read where an entry can start: a (quoted) name, optionally followed by
// an address in <...> or [mailto:...] and an organisation in parentheses, up to the separator.
const ENTRY = new RegExp(
  `["']?(${REVERSED_NAME}|${PERSON_NAME})["']?` +
    `(?=[ \\t]*(?:<[^<>\\r\\n]*>|\\[mailto:[^\\]\\r\\n]*\\])?[ \\t]*(?:\\([^()\\r\\n]*\\))?[ \\t]*(?:[;,]|\\r?$))`,
  'ymdu',
);

// Where entries can start: after a separator or the end of an address, spaces skipped.
const ENTRY_START = /(?:[;,]|>)[ \t]*/g;

function entryStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (const separator of text.slice(from, to).matchAll(ENTRY_START)) {
    starts.push(from + separator.index + separator[0].length);
  }
  return starts;
}

/** Finds the names of senders and recipients in From/To/Cc lines (Van:, Aan:, Cc:). */
export function findHeaderNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const line of text.matchAll(HEADER_LINE)) {
    const from = line.index + line[0].length;
    const lineEnd = text.indexOf('\n', from);
    for (const start of entryStarts(text, from, lineEnd < 0 ? text.length : lineEnd)) {
      const match = execAt(ENTRY, text, start);
      const span = match?.indices?.[1];
      const name = match?.[1];
      if (span === undefined || name === undefined || hasGenericWord(name)) continue;
      findings.push(makeFinding('person-name', text, span[0], span[1]));
    }
  }
  return findings;
}
