import type { SparseVector } from './features';
import { marginOf, sigmoid, type RelevanceModel } from './model';

/**
 * A per-organisation correction of the shipped relevance weights, learnt from records managers'
 * decisions (accepted = relevant, rejected = not relevant). Stored as JSON in the record
 * system; the pane, the Teams tab and the command line add it to the shipped weights.
 */
export interface RelevanceAdjustment {
  readonly version: 1;
  readonly bias: number;
  /** Weight changes by feature index (hashed term buckets, then named features). */
  readonly weights: Readonly<Record<string, number>>;
  /** The label learnt per record (dedup key): a decision learnt twice counts once. */
  readonly labels: Readonly<Record<string, 0 | 1>>;
}

/** The empty adjustment: the shipped weights as they are (what a reset stores). */
export const NO_ADJUSTMENT: RelevanceAdjustment = { version: 1, bias: 0, weights: {}, labels: {} };

/** How fast one decision moves the weights, and the most it moves any one weight. */
const RATE = 0.6;
const MAX_DELTA = 3;
/** Steps per decision until the example lands on its label's side of the threshold. */
const MAX_STEPS = 6;
/** The most weights an adjustment keeps (the smallest changes are dropped first). */
export const MAX_ADJUSTED_WEIGHTS = 6000;

/** The shipped model with the adjustment added. Pure; the model passed in is not changed. */
export function applyAdjustment(
  model: RelevanceModel,
  adjustment: RelevanceAdjustment,
): RelevanceModel {
  const weights = Float64Array.from(model.weights);
  for (const [index, delta] of Object.entries(adjustment.weights)) {
    const position = Number(index);
    if (Number.isInteger(position) && position >= 0 && position < weights.length)
      weights[position] = (weights[position] ?? 0) + delta;
  }
  return { ...model, weights, bias: model.bias + adjustment.bias };
}

/**
 * Learns one decision: logistic-regression steps on the example's features, on top of the
 * shipped model and the adjustment so far, until the example is on its label's side of the
 * threshold (at most a few steps). Deterministic: the same decisions in the same order give the
 * same adjustment. A record decided again with the same label is not learnt twice.
 */
export function learnDecision(
  base: RelevanceModel,
  adjustment: RelevanceAdjustment,
  example: { readonly key: string; readonly vector: SparseVector; readonly relevant: boolean },
): RelevanceAdjustment {
  const label = example.relevant ? 1 : 0;
  if (adjustment.labels[example.key] === label) return adjustment;
  const weights = new Map(Object.entries(adjustment.weights).map(([k, v]) => [Number(k), v]));
  let bias = adjustment.bias;
  for (let step = 0; step < MAX_STEPS; step++) {
    const margin =
      marginOf(base.weights, base.bias, example.vector) +
      deltaMargin(weights, example.vector) +
      bias;
    const probability = sigmoid(margin);
    if (probability >= base.threshold === example.relevant && step > 0) break;
    const gradient = label - probability;
    example.vector.indices.forEach((index, position) => {
      const value = example.vector.values[position] ?? 0;
      const next = (weights.get(index) ?? 0) + RATE * gradient * value;
      weights.set(index, Math.max(-MAX_DELTA, Math.min(MAX_DELTA, next)));
    });
    bias = Math.max(-MAX_DELTA, Math.min(MAX_DELTA, bias + (RATE / 10) * gradient));
  }
  return {
    version: 1,
    bias,
    weights: keepLargest(weights),
    labels: { ...adjustment.labels, [example.key]: label },
  };
}

/**
 * Whether an adjustment could have come from learning: the bias and every weight change within
 * the most one decision ever moves them ({@link learnDecision} clamps at 3), at most
 * {@link MAX_ADJUSTED_WEIGHTS} weights, each of a real feature index. Anything else (a `bias` of
 * -1000 that would call every mail irrelevant) is not applied.
 */
export function adjustmentWithinBounds(adjustment: RelevanceAdjustment): boolean {
  const weights = Object.entries(adjustment.weights);
  return (
    Math.abs(adjustment.bias) <= MAX_DELTA &&
    weights.length <= MAX_ADJUSTED_WEIGHTS &&
    weights.every(([index, delta]) => /^\d+$/.test(index) && Math.abs(delta) <= MAX_DELTA)
  );
}

/** Reads a stored adjustment; anything malformed is the empty adjustment. */
export function parseAdjustment(value: unknown): RelevanceAdjustment {
  if (typeof value !== 'object' || value === null) return NO_ADJUSTMENT;
  const stored = Object.fromEntries(Object.entries(value));
  if (stored['version'] !== 1 || typeof stored['bias'] !== 'number') return NO_ADJUSTMENT;
  return {
    version: 1,
    bias: stored['bias'],
    weights: numbers(stored['weights']),
    labels: Object.fromEntries(
      Object.entries(numbers(stored['labels'])).flatMap(([key, label]) =>
        label === 0 || label === 1 ? [[key, label]] : [],
      ),
    ),
  };
}

function numbers(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isFinite(entry[1]),
    ),
  );
}

function deltaMargin(weights: ReadonlyMap<number, number>, vector: SparseVector): number {
  let margin = 0;
  vector.indices.forEach((index, position) => {
    margin += (weights.get(index) ?? 0) * (vector.values[position] ?? 0);
  });
  return margin;
}

function keepLargest(weights: ReadonlyMap<number, number>): Record<string, number> {
  const entries = [...weights.entries()].filter(([, delta]) => delta !== 0);
  entries.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]);
  return Object.fromEntries(
    entries.slice(0, MAX_ADJUSTED_WEIGHTS).map(([index, delta]) => [String(index), round(delta)]),
  );
}

/** Six decimals: the stored JSON stays small and reads back to the same model. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
