import type { CodeCounts } from './code-counts';
import { heaviestPositions } from './heaviest';
import type { Postings, TermEntry, TextIndex } from './text-index';

/** A text index's entries keyed by code: each code's position in `codes` is its entry's. */
export interface CodeLookup {
  readonly codes: CodeCounts;
  readonly entries: readonly TermEntry[];
}

/**
 * A message's heaviest terms as a unit-length TF-IDF vector, heaviest first, the same vector
 * `weighTerms` gives, held as parallel lists with what the index knows of each term.
 */
export interface TextQuery<Term = string> {
  readonly terms: readonly Term[];
  readonly weights: Float64Array;
  /** The index's entry for each term, undefined for a term the index never saw. */
  readonly entries: ReadonlyArray<TermEntry | undefined>;
}

/** `1 + ln(count)` for the counts most terms have, computed once. */
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));

/** Sublinear term frequency: `1 + ln(count)`. */
export function sublinear(count: number): number {
  return count < SUBLINEAR.length ? (SUBLINEAR[count] ?? 0) : 1 + Math.log(count);
}

/**
 * Weighs the term counts of a message against a text index: sublinear TF times IDF, the
 * `reading.maxTerms` heaviest kept and normalised. Each distinct term is looked up once.
 * @param entryOf what the index knows of a term (`text.entries`, or the same keyed otherwise)
 */
export function weighQuery<Term>(
  counts: ReadonlyMap<Term, number>,
  text: TextIndex,
  entryOf: (term: Term) => TermEntry | undefined,
): TextQuery<Term> {
  const seen: Term[] = [];
  const seenEntries: Array<TermEntry | undefined> = [];
  const raw = new Float64Array(counts.size);
  const unseenWeight = text.idf.unseenWeight;
  for (const [term, count] of counts) {
    const entry = entryOf(term);
    raw[seen.length] = sublinear(count) * (entry === undefined ? unseenWeight : entry.idf);
    seen.push(term);
    seenEntries.push(entry);
  }
  return keepHeaviest(raw, seen, seenEntries, text.reading.maxTerms);
}

/**
 * The same as {@link weighQuery} for terms counted as codes, with the index's entry of each
 * counted term given at its position in `counts`.
 */
export function weighCodes(
  counts: CodeCounts,
  entries: ReadonlyArray<TermEntry | undefined>,
  text: TextIndex,
): TextQuery<number> {
  const size = counts.size;
  const seen = new Array<number>(size);
  const raw = new Float64Array(size);
  const unseenWeight = text.idf.unseenWeight;
  for (let i = 0; i < size; i += 1) {
    const entry = entries[i];
    seen[i] = counts.codes[i] ?? 0;
    raw[i] = sublinear(counts.counts[i] ?? 0) * (entry === undefined ? unseenWeight : entry.idf);
  }
  return keepHeaviest(raw, seen, entries, text.reading.maxTerms);
}

/** The index's entry of each code counted, found by the code's position in `lookup.codes`. */
export function codeEntries(counts: CodeCounts, lookup: CodeLookup): Array<TermEntry | undefined> {
  const entries = new Array<TermEntry | undefined>(counts.size);
  for (let i = 0; i < counts.size; i += 1) {
    const position = lookup.codes.positionOf(counts.codes[i] ?? 0);
    entries[i] = position < 0 ? undefined : lookup.entries[position];
  }
  return entries;
}

function keepHeaviest<Term>(
  raw: Float64Array,
  seen: readonly Term[],
  seenEntries: ReadonlyArray<TermEntry | undefined>,
  maxTerms: number,
): TextQuery<Term> {
  const kept = heaviestPositions(raw, seen.length, maxTerms);
  let sumOfSquares = 0;
  for (const position of kept) {
    const weight = raw[position] ?? 0;
    sumOfSquares += weight * weight;
  }
  const norm = Math.sqrt(sumOfSquares);
  const terms: Term[] = [];
  const entries: Array<TermEntry | undefined> = [];
  const weights = new Float64Array(norm === 0 ? 0 : kept.length);
  if (norm === 0) return { terms, weights, entries };
  for (const position of kept) {
    const term = seen[position];
    if (term === undefined) continue;
    weights[terms.length] = (raw[position] ?? 0) / norm;
    terms.push(term);
    entries.push(seenEntries[position]);
  }
  return { terms, weights, entries };
}

/**
 * Dot products of the query's first `maxTerms` terms with every target of one side of the
 * index (profiles or filed messages), through its postings.
 * @param side which postings of each term to walk
 */
export function accumulate<Term>(
  query: TextQuery<Term>,
  side: (entry: TermEntry) => Postings | undefined,
  size: number,
  maxTerms: number,
): Float64Array {
  const scores = new Float64Array(size);
  const looked = Math.min(maxTerms, query.terms.length);
  for (let term = 0; term < looked; term += 1) {
    const entry = query.entries[term];
    const list = entry === undefined ? undefined : side(entry);
    if (list === undefined) continue;
    const weight = query.weights[term] ?? 0;
    const { targets, weights } = list;
    for (let i = 0; i < targets.length; i += 1) {
      const target = targets[i] ?? 0;
      scores[target] = (scores[target] ?? 0) + weight * (weights[i] ?? 0);
    }
  }
  return scores;
}

/** Scratch space for {@link accumulateSparse}, reused from message to message. */
export interface SparseScores {
  /** One score per target, zero between uses. */
  scores: Float64Array;
  /** 1 for a target met by this message, zero between uses. */
  met: Uint8Array;
  /** The targets met, in the order first met; the first `count` are in use. */
  touched: Int32Array;
  count: number;
}

/** Scratch space for `size` targets. */
export function sparseScores(size: number): SparseScores {
  return {
    scores: new Float64Array(size),
    met: new Uint8Array(size),
    touched: new Int32Array(size),
    count: 0,
  };
}

/**
 * Dot products as {@link accumulate} gives them, summed in the same order, for a side with many
 * targets of which a message meets few: into `into.scores`, with the targets met listed in
 * `into.touched`. {@link clearSparse} sets them back to zero once read.
 */
export function accumulateSparse<Term>(
  query: TextQuery<Term>,
  side: (entry: TermEntry) => Postings | undefined,
  maxTerms: number,
  into: SparseScores,
): void {
  const { scores, met, touched } = into;
  let count = into.count;
  const looked = Math.min(maxTerms, query.terms.length);
  for (let term = 0; term < looked; term += 1) {
    const entry = query.entries[term];
    const list = entry === undefined ? undefined : side(entry);
    if (list === undefined) continue;
    const weight = query.weights[term] ?? 0;
    const { targets, weights } = list;
    for (let i = 0; i < targets.length; i += 1) {
      const target = targets[i] ?? 0;
      if (met[target] === 0) {
        met[target] = 1;
        touched[count] = target;
        count += 1;
      }
      scores[target] = (scores[target] ?? 0) + weight * (weights[i] ?? 0);
    }
  }
  into.count = count;
}

/** Sets the scores and marks of the targets met back to zero. */
export function clearSparse(into: SparseScores): void {
  for (let i = 0; i < into.count; i += 1) {
    const target = into.touched[i] ?? 0;
    into.scores[target] = 0;
    into.met[target] = 0;
  }
  into.count = 0;
}
