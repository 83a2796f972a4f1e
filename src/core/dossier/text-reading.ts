import { countGramsInto } from './character-grams';
import type { TermCounter } from './message-terms';
import { countTermsInto } from './terms';

/** How a text index reads text: what its terms are and how many of them it keeps. */
export interface TextReading {
  readonly countInto: TermCounter;
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
  maxTerms: 400,
  filedQueryTerms: 120,
};

/** Character n-grams within words: robust to OCR misreadings, never named as reasons. */
export const GRAM_READING: TextReading = {
  countInto: countGramsInto,
  maxTerms: 600,
  filedQueryTerms: 200,
};
