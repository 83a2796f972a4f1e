import type { Message } from '../message';
import { messageTermCounts } from './message-terms';
import type { Postings, TextIndex } from './text-index';
import { weighTerms } from './term-vector';
import type { TermVector } from './term-vector';

/** How alike a message is to each dossier: cosine to the profile, and to the nearest filed mail. */
export interface TextMatch {
  readonly query: TermVector;
  /** The written form of each query term, to name shared terms as the writer wrote them. */
  readonly surfaces: ReadonlyMap<string, string>;
  /** Cosine to each dossier's profile, in the index's dossier order. */
  readonly profile: Float64Array;
  /** Highest cosine to one filed message of each dossier (0 when none is filed). */
  readonly nearest: Float64Array;
  /** Index in `TextIndex.filed` of that nearest message, -1 when none. */
  readonly nearestDocument: Int32Array;
}

function accumulate(
  query: TermVector,
  postings: ReadonlyMap<string, Postings>,
  size: number,
  maxTerms: number,
): Float64Array {
  const scores = new Float64Array(size);
  let looked = 0;
  for (const [term, weight] of query) {
    if (looked >= maxTerms) break;
    looked += 1;
    const list = postings.get(term);
    if (list === undefined) continue;
    const { targets, weights } = list;
    for (let i = 0; i < targets.length; i += 1) {
      const target = targets[i] ?? 0;
      scores[target] = (scores[target] ?? 0) + weight * (weights[i] ?? 0);
    }
  }
  return scores;
}

/**
 * Compares a message with every profile and filed message through the inverted indexes, using
 * the message's heaviest terms only: all kept terms for the profiles (one per dossier), fewer for
 * the filed mail (see `TextReading.filedQueryTerms`).
 * @param dossierOf the position of a filed message's dossier in the index's dossier order
 */
export function matchText(
  message: Message,
  text: TextIndex,
  dossierOf: (filedIndex: number) => number,
): TextMatch {
  const { maxTerms, filedQueryTerms } = text.reading;
  const surfaces = new Map<string, string>();
  const query = weighTerms(messageTermCounts(message, text.reading, surfaces), text.idf, maxTerms);
  const dossierCount = text.profiles.length;
  const profile = accumulate(query, text.profilePostings, dossierCount, maxTerms);
  const perFiled = accumulate(query, text.filedPostings, text.filed.length, filedQueryTerms);
  const nearest = new Float64Array(dossierCount);
  const nearestDocument = new Int32Array(dossierCount).fill(-1);
  perFiled.forEach((score, filedIndex) => {
    const dossier = dossierOf(filedIndex);
    if (dossier >= 0 && score > (nearest[dossier] ?? 0)) {
      nearest[dossier] = score;
      nearestDocument[dossier] = filedIndex;
    }
  });
  return { query, surfaces, profile, nearest, nearestDocument };
}

/**
 * The shared terms that weighed most in a cosine, heaviest first. A term whose words are all
 * named already (`woo` after `woo verzoek`) is skipped, and a bigram replaces the words it
 * contains, so the list says something new each time.
 * @param limit how many terms to name
 */
export function sharedTerms(query: TermVector, profile: TermVector, limit: number): string[] {
  const contributions: Array<[string, number]> = [];
  for (const [term, weight] of query) {
    const other = profile.get(term);
    if (other !== undefined) contributions.push([term, weight * other]);
  }
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
