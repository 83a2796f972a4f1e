import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { PERSON_NAME, TITLE } from './name-pattern';
import { hasGenericWord } from './name-stopwords';
import { execAt } from './text-boundary';

// A closing at the start of a line or after a sentence in a chat line (a cheap, non-Unicode
// scan).
const CLOSING =
  /(?:^[ \t>]*|[.!?][ \t]+)(?:Met (?:vriendelijke|hartelijke|collegiale|beleefde) groet(?:en)?|(?:Vriendelijke|Hartelijke|Collegiale) groet(?:en)?|Groet(?:en|jes)?|Mvg|M\.v\.g\.|Hoogachtend|Kind regards|Best regards|Warm regards|Kindest regards|Regards|Best wishes|Yours sincerely|Sincerely(?: yours)?|Cheers|Dank en groet|Alvast (?:hartelijk )?(?:dank|bedankt)|Dank(?: je| u)?(?: wel)?|Bedankt|Thanks|Many thanks|Gr\.)(?![\w-])/gm;

// Then the name: on the same line after a comma ("Groet, Jan") or alone on one of the next
// lines (a blank line and a "namens ..." line in between are allowed), titles left out.
const SIGNER = new RegExp(
  `[ \\t]*[,.!]?(?:[ \\t]+|(?:[ \\t]*\\r?\\n){1,3}(?:[ \\t]*namens [^\\r\\n]*(?:[ \\t]*\\r?\\n){1,2})?[ \\t>]*)` +
    `(?:${TITLE}[ \\t]+)*(${PERSON_NAME})[ \\t]*(?=[,|]|\\r?$)`,
  'ymdu',
);

/** Finds the name that signs a message after a closing such as "Met vriendelijke groet,". */
export function findSignatureNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const closing of text.matchAll(CLOSING)) {
    const match = execAt(SIGNER, text, closing.index + closing[0].length);
    const span = match?.indices?.[1];
    const name = match?.[1];
    if (span === undefined || name === undefined || hasGenericWord(name)) continue;
    findings.push(makeFinding('person-name', text, span[0], span[1]));
  }
  return findings;
}
