export { scoreRelevance, shippedModel } from './score-relevance';
export { RELEVANCE_REASON_CODES } from './reason-codes';
export type { RelevanceReasonCode } from './reason-codes';
export { relevanceFeatures, toSparseVector, TEXT_LIMIT } from './features';
export type { RelevanceFeatures, RelevanceOptions, SparseVector, TermFeature } from './features';
export type { NamedFeature } from './named-feature';
export { compileModel, marginOf, sigmoid } from './model';
export type { RelevanceModel } from './model';
export { explainRelevance, MAX_REASONS } from './explain';
export { RELEVANCE_WEIGHTS } from './weights';
export type { RelevanceWeights } from './weights';
export { tokenize, foldText } from './tokenize';
export { fnv1a } from './fnv1a';
export {
  BUCKET_BITS,
  BUCKET_COUNT,
  FEATURE_COUNT,
  NAMED_FEATURES,
  NAMED_FEATURE_KEYS,
} from './feature-space';
export type { NamedFeatureKey } from './feature-space';
export {
  adjustmentWithinBounds,
  applyAdjustment,
  learnDecision,
  MAX_ADJUSTED_WEIGHTS,
  NO_ADJUSTMENT,
  parseAdjustment,
} from './adjustment';
export type { RelevanceAdjustment } from './adjustment';
