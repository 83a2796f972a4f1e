import type { DossierResult, DossierSuggestion } from '../dossier';
import { invariant } from '../errors';
import type { Message } from '../message';
import type { Reason } from '../reason';
import { conversationEvidence, subjectEvidence } from './conversation-signal';
import { correspondentEvidence } from './correspondent-signal';
import type { DossierIndex } from './dossier-index';
import { combineStrengths } from './evidence';
import type { EvidenceMap } from './evidence';
import { kenmerkEvidence } from './kenmerk-signal';
import { nameEvidence } from './name-signal';
import { textReasons, textSimilarity, textStrength } from './text-signal';
import type { TextMatches } from './text-signal';
import { readMessageWords } from './message-words';
import { matchGrams, matchText } from './text-similarity';

/**
 * Below this score for the best dossier the answer is `no-dossier-fits`. 0.3 is reached by a
 * kenmerk, a filed conversation or a filed subject thread on their own, by text with a
 * similarity of about 0.05 (see `text-signal.ts`), or by a clear correspondent history together
 * with some shared wording.
 */
export const NO_DOSSIER_FITS_BELOW = 0.3;
/** Dossiers scoring below this are not listed at all, even when the list is not full. */
export const MIN_LISTED_SCORE = 0.05;
const DEFAULT_LIMIT = 3;
/** Reason weight of `dossier-closed`: it explains why a strong match is listed low. */
const CLOSED_WEIGHT = -0.5;

interface Candidate {
  readonly position: number;
  readonly score: number;
  readonly closed: boolean;
}

/**
 * Every dossier that scores at least {@link MIN_LISTED_SCORE}. A closed dossier takes part only on
 * a kenmerk, conversation or subject match: its text and correspondents would otherwise keep
 * drawing new mail into a dossier that no longer takes any.
 */
function candidatesOf(
  index: DossierIndex,
  strong: readonly EvidenceMap[],
  all: readonly EvidenceMap[],
  match: TextMatches,
): Candidate[] {
  const candidates: Candidate[] = [];
  index.dossiers.forEach((dossier, position) => {
    const closed = dossier.status === 'closed';
    if (closed && !strong.some((signal) => signal.has(position))) return;
    const strengths = all.map((signal) => signal.get(position)?.strength ?? 0);
    strengths.push(textStrength(textSimilarity(match, position)));
    const score = combineStrengths(strengths);
    if (score >= MIN_LISTED_SCORE) candidates.push({ position, score, closed });
  });
  return candidates;
}

/** Open dossiers that fit on their own come first; a closed dossier ranks below them. */
function rank(a: Candidate, b: Candidate): number {
  const aFirst = !a.closed && a.score >= NO_DOSSIER_FITS_BELOW;
  const bFirst = !b.closed && b.score >= NO_DOSSIER_FITS_BELOW;
  if (aFirst !== bFirst) return aFirst ? -1 : 1;
  return b.score - a.score || a.position - b.position;
}

function reasonsOf(
  candidate: Candidate,
  signals: readonly EvidenceMap[],
  match: TextMatches,
  index: DossierIndex,
): Reason[] {
  const reasons = signals.flatMap((signal) => signal.get(candidate.position)?.reasons ?? []);
  reasons.push(...textReasons(match, index, candidate.position));
  if (candidate.closed) reasons.push({ code: 'dossier-closed', weight: CLOSED_WEIGHT });
  return reasons.sort((a, b) => b.weight - a.weight);
}

/**
 * Ranks the dossiers a message may belong to, each with a score in 0..1 and its reasons: a
 * kenmerk written in the message, the conversation or subject thread already filed,
 * correspondent history and text similarity, combined as a noisy-or. Returns `no-dossier-fits`
 * when the best score stays below {@link NO_DOSSIER_FITS_BELOW}. Closed dossiers are listed only
 * on a kenmerk, conversation or subject match, and then after the open dossiers that fit.
 * @param options.limit the number of suggestions at most (default 3)
 */
export function suggestDossiers(
  message: Message,
  index: DossierIndex,
  options: { limit?: number } = {},
): DossierResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const dossierOf = (filed: number): number => index.filedDossier[filed] ?? -1;
  const words = readMessageWords(message, {
    words: index.text.reading.maxBodyCharacters,
    grams: index.grams.reading.maxBodyCharacters,
  });
  const match = {
    words: matchText(message, words, index.text, index.wordEntries, dossierOf),
    grams: matchGrams(words, index.grams, index.gramEntries, dossierOf),
  };
  const strong = [
    kenmerkEvidence(message, index),
    conversationEvidence(message, index),
    subjectEvidence(message, index),
  ];
  const all = [...strong, nameEvidence(words, index.names), correspondentEvidence(message, index)];
  const ranked = candidatesOf(index, strong, all, match).sort(rank).slice(0, limit);
  const best = Math.max(0, ...ranked.map((candidate) => candidate.score));
  if (best < NO_DOSSIER_FITS_BELOW) return { kind: 'no-dossier-fits' };
  const suggestions = ranked.map((candidate): DossierSuggestion => {
    const dossier = index.dossiers[candidate.position];
    invariant(dossier !== undefined, 'dossier-position-outside-registry');
    return {
      dossier: dossier.id,
      score: candidate.score,
      reasons: reasonsOf(candidate, all, match, index),
    };
  });
  return { kind: 'suggested', suggestions };
}
