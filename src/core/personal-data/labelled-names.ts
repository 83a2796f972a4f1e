import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { PERSON_NAME, REVERSED_NAME, TITLE } from './name-pattern';
import { hasGenericWord } from './name-stopwords';
import { execAt } from './text-boundary';

// A form field that holds a person's name, at the start of a line (a cheap, non-Unicode scan).
const NAME_LABEL =
  /^[ \t>*-]*(?:Naam(?: [a-z]+)?|Volledige naam|Contactpersoon|Behandeld door|Behandelaar|Verzoeker|Aanvrager|Melder|Klager|Indiener|Name|Full name|Contact person|Contact)[ \t]*:[ \t]*/gm;

// The name after it, up to a comma, semicolon, parenthesis or the end of the line.
const LABELLED_NAME = new RegExp(
  `(?:${TITLE}[ \\t]+)*(${REVERSED_NAME}|${PERSON_NAME})(?=[ \\t]*(?:[,;(]|\\r?$))`,
  'ymdu',
);

/** Finds names given in a field such as "Naam:", "Contactpersoon:" or "Behandeld door:". */
export function findLabelledNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const label of text.matchAll(NAME_LABEL)) {
    const match = execAt(LABELLED_NAME, text, label.index + label[0].length);
    const span = match?.indices?.[1];
    const name = match?.[1];
    if (span === undefined || name === undefined || hasGenericWord(name)) continue;
    findings.push(makeFinding('person-name', text, span[0], span[1]));
  }
  return findings;
}
