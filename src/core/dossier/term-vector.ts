import { heaviestPositions } from './heaviest';

/** A TF-IDF weighted term vector, L2-normalised so a dot product is a cosine. */
export type TermVector = ReadonlyMap<string, number>;

/** Document frequencies of the prepared collection (filed mail plus dossier descriptions). */
export interface IdfTable {
  readonly documentCount: number;
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** The inverse document frequency of every term seen, computed once. */
  readonly weights: ReadonlyMap<string, number>;
  /** The weight of a term never seen: as much as the rarest term. */
  readonly unseenWeight: number;
}

function idfOf(documentCount: number, frequency: number): number {
  return Math.log(1 + (documentCount + 1) / (frequency + 1));
}

/**
 * Counts in how many documents each term occurs.
 * @param documents term counts per document
 */
export function buildIdfTable(documents: Iterable<ReadonlyMap<string, number>>): IdfTable {
  const documentFrequency = new Map<string, number>();
  let documentCount = 0;
  for (const counts of documents) {
    documentCount += 1;
    for (const term of counts.keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [term, frequency] of documentFrequency)
    weights.set(term, idfOf(documentCount, frequency));
  return { documentCount, documentFrequency, weights, unseenWeight: idfOf(documentCount, 0) };
}

/** Inverse document frequency, smoothed; a term never seen weighs as much as the rarest term. */
export function inverseDocumentFrequency(idf: IdfTable, term: string): number {
  return idf.weights.get(term) ?? idf.unseenWeight;
}

/** Scales a vector to unit length (an empty or all-zero vector stays as it is). */
export function normaliseVector(vector: ReadonlyMap<string, number>): Map<string, number> {
  let sumOfSquares = 0;
  for (const weight of vector.values()) sumOfSquares += weight * weight;
  const norm = Math.sqrt(sumOfSquares);
  const normalised = new Map<string, number>();
  if (norm === 0) return normalised;
  for (const [term, weight] of vector) normalised.set(term, weight / norm);
  return normalised;
}

/**
 * Weighs term counts as sublinear TF times IDF and normalises the result, heaviest term first.
 * @param maxTerms the number of heaviest terms kept
 */
export function weighTerms(
  counts: ReadonlyMap<string, number>,
  idf: IdfTable,
  maxTerms: number,
): TermVector {
  const terms: string[] = [];
  const weights = new Float64Array(counts.size);
  for (const [term, count] of counts) {
    weights[terms.length] = (1 + Math.log(count)) * inverseDocumentFrequency(idf, term);
    terms.push(term);
  }
  const kept = heaviestPositions(weights, terms.length, maxTerms);
  let sumOfSquares = 0;
  for (const position of kept) {
    const weight = weights[position] ?? 0;
    sumOfSquares += weight * weight;
  }
  const norm = Math.sqrt(sumOfSquares);
  const vector = new Map<string, number>();
  if (norm === 0) return vector;
  for (const position of kept) vector.set(terms[position] ?? '', (weights[position] ?? 0) / norm);
  return vector;
}

/** Adds `factor` times `source` into `target`, term by term. */
export function addScaled(target: Map<string, number>, source: TermVector, factor: number): void {
  for (const [term, weight] of source) target.set(term, (target.get(term) ?? 0) + weight * factor);
}
