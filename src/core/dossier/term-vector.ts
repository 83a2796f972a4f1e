/** A TF-IDF weighted term vector, L2-normalised so a dot product is a cosine. */
export type TermVector = ReadonlyMap<string, number>;

/** Document frequencies of the prepared collection (filed mail plus dossier descriptions). */
export interface IdfTable {
  readonly documentCount: number;
  readonly documentFrequency: ReadonlyMap<string, number>;
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
  return { documentCount, documentFrequency };
}

/** Inverse document frequency, smoothed; a term never seen weighs as much as the rarest term. */
export function inverseDocumentFrequency(idf: IdfTable, term: string): number {
  const frequency = idf.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (idf.documentCount + 1) / (frequency + 1));
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

/** Keeps the `limit` heaviest terms, so long messages cost no more than short ones to compare. */
export function keepHeaviestTerms(vector: ReadonlyMap<string, number>, limit: number): Map<string, number> {
  if (vector.size <= limit) return new Map(vector);
  const heaviest = [...vector].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return new Map(heaviest);
}

/**
 * Weighs term counts as sublinear TF times IDF and normalises the result.
 * @param maxTerms the number of heaviest terms kept
 */
export function weighTerms(counts: ReadonlyMap<string, number>, idf: IdfTable, maxTerms: number): TermVector {
  const weighted = new Map<string, number>();
  for (const [term, count] of counts) {
    weighted.set(term, (1 + Math.log(count)) * inverseDocumentFrequency(idf, term));
  }
  return normaliseVector(keepHeaviestTerms(weighted, maxTerms));
}

/** Adds `factor` times `source` into `target`, term by term. */
export function addScaled(target: Map<string, number>, source: TermVector, factor: number): void {
  for (const [term, weight] of source) target.set(term, (target.get(term) ?? 0) + weight * factor);
}
