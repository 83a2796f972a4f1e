import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { PERSON_NAME, TITLE } from './name-pattern';
import { hasGenericWord } from './name-stopwords';
import { execAt } from './text-boundary';

// A greeting at the start of a line (a cheap, non-Unicode scan).
const GREETING =
  /^[ \t>]*\b(?:Beste|Geachte|Hooggeachte|Zeer geachte|Hoi|Hallo|Hey|Hi|Dag|Goedemorgen|Goedemiddag|Goedenavond|Lieve|Dear|Hello|Good morning|Good afternoon)\b/gm;

// After the greeting: optional titles, one or two names (joined by en / and / &), and nothing
// else on the line but punctuation: "Beste Jan,", "Geachte heer De Vries,".
const ADDRESSEES = new RegExp(
  `[ \\t]+(?:${TITLE}[ \\t]+)*(${PERSON_NAME})` +
    `(?:[ \\t]+(?:en|and|&)[ \\t]+(?:${TITLE}[ \\t]+)*(${PERSON_NAME}))?[ \\t]*(?=[,!:;.]|\\r?$)`,
  'ymdu',
);

/** Finds the names addressed in salutations; generic ones (Beste collega's) are left out. */
export function findSalutationNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const greeting of text.matchAll(GREETING)) {
    const match = execAt(ADDRESSEES, text, greeting.index + greeting[0].length);
    for (const group of [1, 2]) {
      const span = match?.indices?.[group];
      const name = match?.[group];
      if (span === undefined || name === undefined || hasGenericWord(name)) continue;
      findings.push(makeFinding('person-name', text, span[0], span[1]));
    }
  }
  return findings;
}
