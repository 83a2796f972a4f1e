import type { Relevance } from '../assessment';
import type { Message } from '../message';
import { explainRelevance } from './explain';
import { relevanceFeatures, toSparseVector } from './features';
import type { RelevanceOptions } from './features';
import { compileModel, marginOf, sigmoid } from './model';
import type { RelevanceModel } from './model';
import { RELEVANCE_WEIGHTS } from './weights';

let shipped: RelevanceModel | undefined;

/** The model of weights.json, unpacked once on first use. */
export function shippedModel(): RelevanceModel {
  shipped ??= compileModel(RELEVANCE_WEIGHTS);
  return shipped;
}

/**
 * Is the message policy-relevant: does it matter for reconstructing how a decision came about?
 * A logistic regression over hashed words and word pairs plus named structural signals; `score`
 * is the probability in 0..1, `relevant` is `score >= threshold` (the threshold stored with the
 * weights, see weights.ts), `reasons` are the strongest contributions. Pure and fast: a few
 * milliseconds, whatever the size of the body (see TEXT_LIMIT).
 */
export function scoreRelevance(
  message: Message,
  options: RelevanceOptions = {},
  model: RelevanceModel = shippedModel(),
): Relevance {
  const features = relevanceFeatures(message, options);
  const score = sigmoid(marginOf(model.weights, model.bias, toSparseVector(features)));
  return {
    score,
    relevant: score >= model.threshold,
    threshold: model.threshold,
    reasons: explainRelevance(features, model),
  };
}
