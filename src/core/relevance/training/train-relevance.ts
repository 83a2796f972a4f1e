import { fnv1a } from '../fnv1a';
import { relevanceFeatures, toSparseVector } from '../features';
import type { RelevanceOptions } from '../features';
import { compileModel, marginOf, sigmoid } from '../model';
import type { RelevanceWeights } from '../weights';
import { balancedAccuracy, chooseThreshold } from './choose-threshold';
import type { ScoredExample } from './choose-threshold';
import { DEFAULT_FIT, fitLogistic } from './fit-logistic';
import type { FitSettings } from './fit-logistic';
import type { FitRow } from './fit-row';
import { packWeights } from './pack-weights';
import { termOfBucket } from './term-of-bucket';
import type { TrainingExample } from './training-example';

/** Settings of a training run. */
export interface TrainingSettings {
  readonly folds: number;
  readonly fit: FitSettings;
  readonly features?: RelevanceOptions;
}

/** What a training run produced: the weights file and its cross-validated figures. */
export interface TrainingResult {
  readonly weights: RelevanceWeights;
  readonly threshold: number;
  /** Weighted balanced accuracy (recall and specificity alike) out of fold at the threshold. */
  readonly crossValidatedAccuracy: number;
  /** The out-of-fold score of every example, in input order. */
  readonly outOfFold: readonly ScoredExample[];
}

function scoreRows(weights: RelevanceWeights, rows: readonly FitRow[]): number[] {
  const model = compileModel(weights);
  return rows.map((row) => sigmoid(marginOf(model.weights, model.bias, row.vector)));
}

function outOfFoldScores(
  examples: readonly TrainingExample[],
  rows: readonly FitRow[],
  settings: TrainingSettings,
): ScoredExample[] {
  const folds = examples.map((example) => fnv1a(example.key) % settings.folds);
  const scores = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < settings.folds; fold += 1) {
    const held = rows.flatMap((_, index) => (folds[index] === fold ? [index] : []));
    const fitted = fitLogistic(
      rows.filter((_, index) => folds[index] !== fold),
      settings.fit,
    );
    const heldRows = rows.filter((_, index) => folds[index] === fold);
    const heldScores = scoreRows(packWeights(fitted, 0.5, new Map()), heldRows);
    held.forEach((index, position) => (scores[index] = heldScores[position] ?? 0));
  }
  return examples.map((example, index) => ({
    score: scores[index] ?? 0,
    relevant: example.relevant,
    weight: example.weight,
  }));
}

/**
 * Trains the relevance model: features as the product extracts them, k-fold cross-validation on
 * the given (training) examples to choose the threshold, then one fit on all of them. Pure and
 * deterministic: the same examples in the same order give the same weights file.
 */
export function trainRelevance(
  examples: readonly TrainingExample[],
  settings: TrainingSettings = { folds: 3, fit: DEFAULT_FIT },
): TrainingResult {
  const featureSets = examples.map((example) =>
    relevanceFeatures(example.message, settings.features),
  );
  const rows: FitRow[] = examples.map((example, index) => ({
    vector: toSparseVector(featureSets[index] ?? { terms: [], named: [] }),
    label: example.relevant ? 1 : 0,
    weight: example.weight,
  }));
  const outOfFold = outOfFoldScores(examples, rows, settings);
  const threshold = chooseThreshold(outOfFold);
  const fitted = fitLogistic(rows, settings.fit);
  return {
    weights: packWeights(fitted, threshold, termOfBucket(featureSets)),
    threshold,
    crossValidatedAccuracy: balancedAccuracy(outOfFold, threshold),
    outOfFold,
  };
}
