import type { Reason } from '../reason';
import { NAMED_FEATURES, namedIndexOf } from './feature-space';
import { termScale } from './features';
import type { RelevanceFeatures } from './features';
import type { RelevanceModel } from './model';
import { DECISION_TERMS } from './decision-vocabulary';
import { PERSONAL_TERMS } from './personal-vocabulary';
import { isNoiseTerm } from './reason-noise';

/** At most this many reasons are given, strongest first. */
export const MAX_REASONS = 5;
/** Contributions smaller than this (in log-odds) are not worth a sentence. */
const MIN_CONTRIBUTION = 0.02;

const round = (value: number): number => Math.round(value * 1000) / 1000;

function namedReasons(features: RelevanceFeatures, model: RelevanceModel): Reason[] {
  const byCode = new Map<string, Reason>();
  for (const feature of features.named) {
    const code = NAMED_FEATURES[feature.key];
    const weight = (model.weights[namedIndexOf(feature.key)] ?? 0) * feature.value;
    const earlier = byCode.get(code);
    const params = earlier?.params ?? feature.params;
    const total = (earlier?.weight ?? 0) + weight;
    byCode.set(
      code,
      params === undefined ? { code, weight: total } : { code, weight: total, params },
    );
  }
  return [...byCode.values()];
}

function termReasons(features: RelevanceFeatures, model: RelevanceModel): Reason[] {
  const scales = [termScale(features, false), termScale(features, true)];
  const reasons: Reason[] = [];
  for (const { term, index, quoted } of features.terms) {
    const weight = (model.weights[index] ?? 0) * (scales[quoted ? 1 : 0] ?? 0);
    // Too small to be shown (explainRelevance drops it): no need to look the term up.
    if (Math.abs(weight) < MIN_CONTRIBUTION) continue;
    if (!model.vocabulary.has(term) || DECISION_TERMS.has(term) || PERSONAL_TERMS.has(term)) {
      continue;
    }
    if (!isNoiseTerm(term)) reasons.push({ code: 'relevance.word', weight, params: { term } });
  }
  return reasons;
}

/**
 * The features that weighed most for this message, as reasons: signed contributions to the
 * log-odds (positive pushes towards relevant), strongest first. Words are named only when they
 * are in the model's vocabulary of weighty terms and say something: never function words,
 * greetings, header noise or given names (they still weigh in the score).
 */
export function explainRelevance(features: RelevanceFeatures, model: RelevanceModel): Reason[] {
  return [...namedReasons(features, model), ...termReasons(features, model)]
    .filter((reason) => Math.abs(reason.weight) >= MIN_CONTRIBUTION)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.code.localeCompare(b.code))
    .slice(0, MAX_REASONS)
    .map((reason) => ({ ...reason, weight: round(reason.weight) }));
}
