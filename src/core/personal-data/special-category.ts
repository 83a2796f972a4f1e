import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { SPECIAL_CATEGORY_TERMS } from './special-category-terms';
import { sentenceContext, type AboutPerson } from './sentence-context';
import { isCharAt, isWordCharAt } from './text-boundary';

/** The terms grouped by first letter, longest first, so the scan dispatches on one character. */
function termSource(): string {
  const byFirstLetter = new Map<string, string[]>();
  for (const term of Object.values(SPECIAL_CATEGORY_TERMS).flat()) {
    const first = term.charAt(0).toLowerCase();
    byFirstLetter.set(first, [...(byFirstLetter.get(first) ?? []), term.slice(1)]);
  }
  const groups = [...byFirstLetter].map(
    ([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`,
  );
  return `\\b(?:${groups.join('|')})(?![\\wÀ-ɏ]|-[a-zA-ZÀ-ɏ])`;
}

// A plain (non-Unicode) scan; the Unicode boundary before the term is checked in code.
const TERM = new RegExp(termSource(), 'gi');

// "is zwanger", "was veroordeeld", "raakte overspannen": a state said of a subject.
// "zijn ziekmelding", "haar diagnose": a possessive right before the word, an adjective allowed.
const PREDICATE_BEFORE =
  /(?<![\p{L}])(?:is|was|wordt|werd|raakte|ligt|lag|zijn|haar|mijn|jouw|uw|his|her|my)[ \t]+(?:\p{L}+[ \t]+)?$/iu;

/**
 * Finds words for special categories of personal data (health, religion, criminal data, ...)
 * in sentences that are about a person. The finding is the word; the ground is 5.1.1d.
 */
export function findSpecialCategories(text: string): Finding[] {
  const findings: Finding[] = [];
  let aboutPerson: AboutPerson | null = null;
  for (const match of text.matchAll(TERM)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isWordCharAt(text, start - 1) || isCharAt(text, start - 1, '-')) continue;
    aboutPerson ??= sentenceContext(text);
    const predicate = PREDICATE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    if (predicate || aboutPerson(start, end)) {
      findings.push(makeFinding('special-category', text, start, end));
    }
  }
  return findings;
}
