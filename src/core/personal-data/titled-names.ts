import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { PERSON_NAME } from './name-pattern';
import { hasGenericWord } from './name-stopwords';
import { execAt, isWordCharAt } from './text-boundary';

// A form of address in running text (a cheap, non-Unicode scan). Academic titles alone
// ("dr. Jansen") are not enough context.
const FORM_OF_ADDRESS =
  /(?:[dD]e heer|[cC]ollega|[mM]evrouw|[mM]eneer|[dD]hr\.?|[mM]evr\.?|[mM]w\.|Mr\.|Mrs\.|Ms\.)[ \t]+/g;

// Then a capitalised name: "mevrouw Jansen", "de heer J. de Vries", "dhr. P. van Dam".
const NAME = new RegExp(`(${PERSON_NAME})(?![\\p{L}\\p{N}])`, 'ydu');

/** Finds names preceded by a form of address (mevrouw, de heer, dhr., mevr., Mr.). */
export function findTitledNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const address of text.matchAll(FORM_OF_ADDRESS)) {
    if (isWordCharAt(text, address.index - 1)) continue;
    const match = execAt(NAME, text, address.index + address[0].length);
    const span = match?.indices?.[1];
    const name = match?.[1];
    if (span === undefined || name === undefined || hasGenericWord(name)) continue;
    findings.push(makeFinding('person-name', text, span[0], span[1]));
  }
  return findings;
}
