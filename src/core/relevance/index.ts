export { scoreRelevance, shippedModel } from './score-relevance';
export { RELEVANCE_REASON_CODES } from './reason-codes';
export type { RelevanceReasonCode } from './reason-codes';
export { relevanceFeatures, toSparseVector } from './features';
export type { SparseVector } from './features';
export { marginOf, sigmoid } from './model';
export type { RelevanceModel } from './model';
export {
  adjustmentWithinBounds,
  applyAdjustment,
  learnDecision,
  NO_ADJUSTMENT,
  parseAdjustment,
} from './adjustment';
export type { RelevanceAdjustment } from './adjustment';
