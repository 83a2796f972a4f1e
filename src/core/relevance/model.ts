import { BUCKET_COUNT, FEATURE_COUNT, NAMED_FEATURE_KEYS } from './feature-space';
import type { SparseVector } from './features';
import type { RelevanceWeights } from './weights';

/** A weights file unpacked for scoring: one dense vector and the explainable terms. */
export interface RelevanceModel {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: Float64Array;
  readonly vocabulary: ReadonlySet<string>;
}

/** Unpacks a weights file into a dense vector; named features are matched by key. */
export function compileModel(stored: RelevanceWeights): RelevanceModel {
  const weights = new Float64Array(FEATURE_COUNT);
  let bucket = 0;
  stored.bucketGaps.forEach((gap, position) => {
    bucket += gap;
    if (bucket >= 0 && bucket < BUCKET_COUNT) weights[bucket] = stored.bucketWeights[position] ?? 0;
  });
  NAMED_FEATURE_KEYS.forEach((key, position) => {
    weights[BUCKET_COUNT + position] = stored.named[key] ?? 0;
  });
  return {
    bias: stored.bias,
    threshold: stored.threshold,
    weights,
    vocabulary: new Set(stored.terms),
  };
}

/** The logistic function, guarded against overflow. */
export function sigmoid(margin: number): number {
  if (margin >= 0) return 1 / (1 + Math.exp(-margin));
  const exp = Math.exp(margin);
  return exp / (1 + exp);
}

/** The linear margin (log-odds) of a feature vector under dense weights and a bias. */
export function marginOf(weights: Float64Array, bias: number, vector: SparseVector): number {
  let margin = bias;
  vector.indices.forEach((index, position) => {
    margin += (weights[index] ?? 0) * (vector.values[position] ?? 0);
  });
  return margin;
}
