/**
 * The relevance half of the learning benchmark: reviewers accept (relevant) or reject (not
 * relevant) the training part's mails in stream order, each decision learnt as the review page
 * learns it (`learnDecision` on the shipped model); the held-out part is scored with the shipped
 * weights and with the adjustment learnt. The held-out mails are never learnt.
 */
import {
  learnDecision,
  NO_ADJUSTMENT,
  applyAdjustment,
  relevanceFeatures,
  scoreRelevance,
  shippedModel,
  toSparseVector,
  type RelevanceModel,
} from '../src/core/relevance';
import type { LabelledExample } from '../scripts/corpora/index';

interface Scores {
  readonly accuracy: number;
  readonly f1: number;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function scoresOf(examples: readonly LabelledExample[], model: RelevanceModel): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const example of examples) {
    const predicted = scoreRelevance(example.message, {}, model).score >= model.threshold;
    if (predicted === example.relevant) right += 1;
    if (predicted && example.relevant === true) tp += 1;
    if (predicted && example.relevant === false) fp += 1;
    if (!predicted && example.relevant === true) fn += 1;
  }
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return { accuracy: round(right / Math.max(1, examples.length)), f1: round(f1) };
}

/** Accuracy and F1 on the held-out part, before and after learning the training part's decisions. */
export function replayRelevance(examples: readonly LabelledExample[]): Record<string, unknown> {
  const labelled = examples.filter((example) => example.relevant !== null);
  const train = labelled
    .filter((example) => example.split === 'train')
    .sort((a, b) => a.id.localeCompare(b.id));
  const heldOut = labelled.filter((example) => example.split === 'test');
  if (train.length === 0 || heldOut.length === 0)
    return { note: 'no relevance labels in this corpus: nothing to learn or measure' };
  const shipped = shippedModel();
  let adjustment = NO_ADJUSTMENT;
  for (const example of train) {
    adjustment = learnDecision(shipped, adjustment, {
      key: example.id,
      vector: toSparseVector(relevanceFeatures(example.message, {})),
      relevant: example.relevant === true,
    });
  }
  const before = scoresOf(heldOut, shipped);
  const after = scoresOf(heldOut, applyAdjustment(shipped, adjustment));
  return {
    decisionsLearnt: train.length,
    heldOut: heldOut.length,
    relevantInHeldOut: heldOut.filter((example) => example.relevant === true).length,
    rejectedDecisions: train.filter((example) => example.relevant === false).length,
    accuracyBefore: before.accuracy,
    accuracyAfter: after.accuracy,
    f1Before: before.f1,
    f1After: after.f1,
  };
}
