import weightsJson from './weights.json';

/**
 * The trained relevance model as stored in weights.json (written by `npm run train`):
 * - `bias`, `named` (weight per named feature key) and the sparse word weights: the kept buckets
 *   in ascending order, each stored as its gap to the one before (`bucketGaps`, the first from 0;
 *   small gaps compress to a third of the bucket numbers), with `bucketWeights` in the same order,
 *   rounded, the smallest dropped;
 * - `terms`: the most weighty words and word pairs seen in training, the only
 *   ones an explanation names (a bucket alone cannot say which word it stands for);
 * - `threshold`: chosen on out-of-fold predictions of the training split (3-fold
 *   cross-validation) as the score that maximises the weighted balanced accuracy with recall
 *   counted 1.5 times (RECALL_WEIGHT: a missed record is worse than a needless suggestion); the test
 *   split is never used.
 */
export interface RelevanceWeights {
  readonly version: number;
  readonly threshold: number;
  readonly bias: number;
  readonly named: Readonly<Record<string, number>>;
  readonly bucketGaps: readonly number[];
  readonly bucketWeights: readonly number[];
  readonly terms: readonly string[];
}

/** The weights the product ships with. */
export const RELEVANCE_WEIGHTS: RelevanceWeights = weightsJson;
