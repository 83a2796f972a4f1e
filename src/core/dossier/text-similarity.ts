import type { Message } from '../message';
import { countGramCodes } from './character-grams';
import { CodeCounts } from './code-counts';
import { messageTermCounts, SUBJECT_REPEAT } from './message-terms';
import type { Postings, TermEntry, TextIndex } from './text-index';
import type { MessageWords } from './message-words';
import {
  accumulate,
  accumulateSparse,
  clearSparse,
  codeEntries,
  sparseScores,
  weighCodes,
  weighQuery,
} from './text-query';
import type { CodeLookup, SparseScores, TextQuery } from './text-query';
import type { TermVector } from './term-vector';
import { countWordTerms, termText, wordEntries } from './word-terms';
import type { WordLookup } from './word-terms';

const profilesOf = (entry: TermEntry): Postings | undefined => entry.profiles;
const filedOf = (entry: TermEntry): Postings | undefined => entry.filed;

/** How alike a message is to each dossier: cosine to the profile, and to the nearest filed mail. */
export interface TextMatch<Term = string> {
  readonly query: TextQuery<Term>;
  /** The written form of each query term, to name shared terms as the writer wrote them. */
  readonly surfaces: ReadonlyMap<string, string>;
  /** Cosine to each dossier's profile, in the index's dossier order. */
  readonly profile: Float64Array;
  /** Highest cosine to one filed message of each dossier (0 when none is filed). */
  readonly nearest: Float64Array;
  /** Index in `TextIndex.filed` of that nearest message, -1 when none. */
  readonly nearestDocument: Int32Array;
}

/**
 * Compares a weighed query with every profile and filed message through the inverted indexes,
 * using the query's heaviest terms only: all kept terms for the profiles (one per dossier), fewer
 * for the filed mail (see `TextReading.filedQueryTerms`).
 */
function compare<Term>(
  query: TextQuery<Term>,
  surfaces: ReadonlyMap<string, string>,
  text: TextIndex,
  dossierOf: (filedIndex: number) => number,
): TextMatch<Term> {
  const { maxTerms, filedQueryTerms } = text.reading;
  const dossierCount = text.profiles.length;
  const profile = accumulate(query, profilesOf, dossierCount, maxTerms);
  const perFiled = filedScratch(text.filed.length);
  accumulateSparse(query, filedOf, filedQueryTerms, perFiled);
  const nearest = new Float64Array(dossierCount);
  const nearestDocument = new Int32Array(dossierCount).fill(-1);
  // Only the filed mail the query met can score above zero; among equal scores the first filed
  // wins, as in a scan in filing order.
  for (let i = 0; i < perFiled.count; i += 1) {
    const filedIndex = perFiled.touched[i] ?? 0;
    const score = perFiled.scores[filedIndex] ?? 0;
    const dossier = dossierOf(filedIndex);
    if (dossier < 0) continue;
    const best = nearest[dossier] ?? 0;
    const bestDocument = nearestDocument[dossier] ?? -1;
    if (score > best || (score === best && score > 0 && filedIndex < bestDocument)) {
      nearest[dossier] = score;
      nearestDocument[dossier] = filedIndex;
    }
  }
  clearSparse(perFiled);
  return { query, surfaces, profile, nearest, nearestDocument };
}

let filedScores: SparseScores = sparseScores(0);

/** The scratch scores for `size` filed messages, grown when an index has more. */
function filedScratch(size: number): SparseScores {
  if (filedScores.scores.length < size) filedScores = sparseScores(size);
  return filedScores;
}

/** Reused by every call: counting a message's terms allocates nothing once it has grown. */
const termCounts = new CodeCounts(4096);
const perWord = new CodeCounts(1024);

/**
 * Compares a message with every profile and filed message of a text index, in the index's own
 * terms (see `compare` for which terms are used).
 * @param words the message's words, read once for both text indexes
 * @param dossierOf the position of a filed message's dossier in the index's dossier order
 */
export function matchText(
  message: Message,
  words: MessageWords,
  text: TextIndex,
  lookup: WordLookup,
  dossierOf: (filedIndex: number) => number,
): TextMatch {
  const terms = countWordTerms(words, SUBJECT_REPEAT, termCounts);
  if (terms === null) {
    const surfaces = new Map<string, string>();
    const counts = messageTermCounts(message, text.reading, surfaces);
    const query = weighQuery(counts, text, (term: string) => text.entries.get(term));
    return compare(query, surfaces, text, dossierOf);
  }
  const coded = weighCodes(terms.counts, wordEntries(terms, lookup), text);
  const query = { ...coded, terms: coded.terms.map((code) => termText(code, terms.stems)) };
  return compare(query, terms.surfaces, text, dossierOf);
}

/**
 * The same as {@link matchText} for an index read with `GRAM_READING`, counting the message's
 * n-grams as their codes: no n-gram text is built, and each lookup is keyed by a number.
 * @param lookup `grams.entries` keyed by `gramCode`
 */
export function matchGrams(
  words: MessageWords,
  grams: TextIndex,
  lookup: CodeLookup,
  dossierOf: (filedIndex: number) => number,
): TextMatch<number> {
  termCounts.clear();
  const table = words.table.words;
  countGramCodes(termCounts, table, words.subject, SUBJECT_REPEAT, perWord);
  countGramCodes(termCounts, table, words.attachments, 1, perWord);
  countGramCodes(termCounts, table, words.gramBody, 1, perWord);
  const query = weighCodes(termCounts, codeEntries(termCounts, lookup), grams);
  return compare(query, new Map(), grams, dossierOf);
}

/**
 * The shared terms that weighed most in a cosine, heaviest first. A term whose words are all
 * named already (`woo` after `woo verzoek`) is skipped, and a bigram replaces the words it
 * contains, so the list says something new each time.
 * @param limit how many terms to name
 */
export function sharedTerms(query: TextQuery, profile: TermVector, limit: number): string[] {
  const contributions: Array<[string, number]> = [];
  query.terms.forEach((term, i) => {
    const other = profile.get(term);
    if (other !== undefined) contributions.push([term, (query.weights[i] ?? 0) * other]);
  });
  contributions.sort((a, b) => b[1] - a[1]);
  let named: string[] = [];
  const coveredWords = new Set<string>();
  for (const [term] of contributions) {
    if (named.length >= limit) break;
    const words = term.split(' ');
    if (words.every((word) => coveredWords.has(word))) continue;
    // A bigram replaces the single words it contains: `erotisch centrum`, not `erotisch` and it.
    if (words.length > 1) named = named.filter((earlier) => !words.includes(earlier));
    named.push(term);
    for (const word of words) coveredWords.add(word);
  }
  return named;
}
