import { countGramsInto } from './character-grams';
import { countTermsInto } from './terms';

/**
 * Adds the terms of a text to `counts`, each occurrence counting `times` (words and bigrams, or
 * character n-grams); `surfaces`, when given, receives the written form of each word.
 */
export type TermCounter = (
  counts: Map<string, number>,
  text: string,
  times: number,
  surfaces?: Map<string, string>,
) => void;

/** How a text index reads text: what its terms are and how many of them it keeps. */
export interface TextReading {
  readonly countInto: TermCounter;
  /**
   * How much of a body is read. The top of a message names its matter; what follows a long
   * opening is mostly quoted history and signatures, which the filed mail holds already. The cap
   * keeps a 20 KB message about as cheap as a short one.
   */
  readonly maxBodyCharacters: number;
  /** Terms kept per filed message, per profile and per query; heaviest first. */
  readonly maxTerms: number;
  /**
   * Query terms looked up in the filed mail's postings, which are the longest: the heaviest
   * terms carry most of the cosine, and the cost stays flat as the history grows.
   */
  readonly filedQueryTerms: number;
}

/** Stemmed words and bigrams: the terms that can be named as reasons. */
export const WORD_READING: TextReading = {
  countInto: countTermsInto,
  maxBodyCharacters: 10_000,
  maxTerms: 400,
  filedQueryTerms: 120,
};

/**
 * Character n-grams within words: robust to OCR misreadings, never named as reasons. They matter
 * most for short OCR mail, so they read less of the body than the words do: in leave-one-out runs
 * 3,000 characters ranked as well as 4,000 at less cost, 2,000 with 200 terms ranked worse.
 */
export const GRAM_READING: TextReading = {
  countInto: countGramsInto,
  maxBodyCharacters: 3_000,
  maxTerms: 300,
  filedQueryTerms: 120,
};
