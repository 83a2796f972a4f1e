import type { RelevanceFeatures } from '../features';

/**
 * For each bucket, the term that filled it most often in training (ties: the alphabetically
 * first), so an explanation can name the word behind a weight.
 */
export function termOfBucket(featureSets: readonly RelevanceFeatures[]): Map<number, string> {
  const counts = new Map<string, { index: number; count: number }>();
  for (const features of featureSets) {
    for (const { term, index } of features.terms) {
      const entry = counts.get(term);
      if (entry === undefined) counts.set(term, { index, count: 1 });
      else entry.count += 1;
    }
  }
  const best = new Map<number, { term: string; count: number }>();
  for (const [term, { index, count }] of counts) {
    const current = best.get(index);
    if (
      current === undefined ||
      count > current.count ||
      (count === current.count && term < current.term)
    ) {
      best.set(index, { term, count });
    }
  }
  return new Map([...best].map(([index, { term }]) => [index, term]));
}
