import { stemWord } from './stem';
import { STOPWORDS } from './stopwords';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const WORD = /[a-z0-9]+/g;
const MIN_WORD_LENGTH = 2;
const MAX_WORD_LENGTH = 40;

/** Lower-cases and removes diacritics, so `Geïnformeerd` and `geinformeerd` are one word. */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose: most mail is folded by lower-casing alone.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether a folded word is a term: not a stopword, a short number or overlong OCR junk. */
export function isContentWord(word: string): boolean {
  return (
    word.length >= MIN_WORD_LENGTH &&
    word.length <= MAX_WORD_LENGTH &&
    !STOPWORDS.has(word) &&
    !(word.length <= 3 && isNumber(word))
  );
}

/**
 * Visits the terms of a text in order: its content words (stemmed), and the bigrams of content
 * words that stand next to each other (written `first second`). Bigrams let `woo verzoek` weigh
 * more than `woo` and `verzoek` apart. Short numbers, stopwords and overlong tokens (OCR junk)
 * are dropped.
 * @param surfaces when given, records for each word the form first written, for explanations
 */
export function forEachTerm(
  text: string,
  visit: (term: string) => void,
  surfaces?: Map<string, string>,
): void {
  let previous: string | null = null;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(foldText(text)); match !== null; match = WORD.exec(match.input)) {
    const word = match[0];
    if (!isContentWord(word)) {
      previous = null;
      continue;
    }
    const stem = stemWord(word);
    visit(stem);
    if (surfaces !== undefined && !surfaces.has(stem)) surfaces.set(stem, word);
    if (previous !== null) visit(`${previous} ${stem}`);
    previous = stem;
  }
}

/** The terms of a text as a list (see {@link forEachTerm}). */
export function extractTerms(text: string, surfaces?: Map<string, string>): string[] {
  const terms: string[] = [];
  forEachTerm(text, (term) => terms.push(term), surfaces);
  return terms;
}

/**
 * Adds the terms of a text to `counts`, each occurrence counting `times`.
 * @param surfaces when given, records for each word the form first written
 */
export function countTermsInto(
  counts: Map<string, number>,
  text: string,
  times: number,
  surfaces?: Map<string, string>,
): void {
  forEachTerm(text, (term) => counts.set(term, (counts.get(term) ?? 0) + times), surfaces);
}

/** The written form of a term (a word or a bigram), from the forms `extractTerms` recorded. */
export function writtenForm(term: string, surfaces: ReadonlyMap<string, string>): string {
  return term
    .split(' ')
    .map((stem) => surfaces.get(stem) ?? stem)
    .join(' ');
}
