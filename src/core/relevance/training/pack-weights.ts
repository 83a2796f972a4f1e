import { BUCKET_COUNT, NAMED_FEATURE_KEYS } from '../feature-space';
import type { RelevanceWeights } from '../weights';
import type { FittedWeights } from './fit-logistic';
import { isFunctionTerm } from './function-words';

/** How many word buckets and vocabulary terms the weights file keeps (the file stays < 1 MB). */
export const KEPT_BUCKETS = 25_000;
/** Explainable terms kept with the weights. */
export const KEPT_TERMS = 3_000;

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The strongest buckets by absolute weight, ties broken by bucket number. */
function strongestBuckets(weights: Float64Array, count: number): number[] {
  const buckets: number[] = [];
  for (let bucket = 0; bucket < BUCKET_COUNT; bucket += 1) {
    if (round(weights[bucket] ?? 0) !== 0) buckets.push(bucket);
  }
  const strength = (bucket: number): number => Math.abs(weights[bucket] ?? 0);
  return buckets
    .sort((a, b) => strength(b) - strength(a) || a - b)
    .slice(0, count)
    .sort((a, b) => a - b);
}

/**
 * The weights file for a fitted model: the strongest buckets rounded to 3 decimals, every named
 * feature by key, and the vocabulary (`termOfBucket` gives the most frequent training term of a
 * bucket; class tokens such as `<num>` and terms of function words only, such as "aan het",
 * are not words a reader can act on and are left out).
 */
export function packWeights(
  fitted: FittedWeights,
  threshold: number,
  termOfBucket: ReadonlyMap<number, string>,
): RelevanceWeights {
  const buckets = strongestBuckets(fitted.weights, KEPT_BUCKETS);
  const named = Object.fromEntries(
    NAMED_FEATURE_KEYS.map((key, position) => [
      key,
      round(fitted.weights[BUCKET_COUNT + position] ?? 0),
    ]),
  );
  const explainable = buckets
    .filter((bucket) => {
      const term = termOfBucket.get(bucket) ?? '<';
      return !term.includes('<') && !isFunctionTerm(term);
    })
    .sort((a, b) => Math.abs(fitted.weights[b] ?? 0) - Math.abs(fitted.weights[a] ?? 0) || a - b)
    .slice(0, KEPT_TERMS);
  return {
    version: 2,
    threshold: round(threshold),
    bias: round(fitted.bias),
    named,
    bucketGaps: buckets.map((bucket, position) => bucket - (buckets[position - 1] ?? 0)),
    bucketWeights: buckets.map((bucket) => round(fitted.weights[bucket] ?? 0)),
    terms: explainable.map((bucket) => termOfBucket.get(bucket) ?? ''),
  };
}
