import { STOPWORDS } from './stopwords';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[a-z0-9]+/g;
const MIN_WORD_LENGTH = 2;
const MAX_WORD_LENGTH = 40;

/** Lower-cases and removes diacritics, so `Geïnformeerd` and `geinformeerd` are one word. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

function isContentWord(word: string): boolean {
  return (
    word.length >= MIN_WORD_LENGTH &&
    word.length <= MAX_WORD_LENGTH &&
    !STOPWORDS.has(word) &&
    !/^\d{1,3}$/.test(word)
  );
}

/**
 * The terms of a text: its content words, and the bigrams of content words that stand next to
 * each other (written `first second`). Bigrams let `woo verzoek` weigh more than `woo` and
 * `verzoek` apart. Short numbers, stopwords and overlong tokens (OCR junk, hashes) are dropped.
 */
export function extractTerms(text: string): string[] {
  const terms: string[] = [];
  let previous: string | null = null;
  for (const match of foldText(text).matchAll(WORD)) {
    const word = match[0];
    if (!isContentWord(word)) {
      previous = null;
      continue;
    }
    terms.push(word);
    if (previous !== null) terms.push(`${previous} ${word}`);
    previous = word;
  }
  return terms;
}

/** Counts how often each term occurs. */
export function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
