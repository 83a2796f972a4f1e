export { trainRelevance } from './train-relevance';
export type { TrainingResult, TrainingSettings } from './train-relevance';
export type { TrainingExample } from './training-example';
export { DEFAULT_FIT, fitLogistic } from './fit-logistic';
export type { FitRow, FitSettings, FittedWeights } from './fit-logistic';
export { balancedAccuracy, chooseThreshold } from './choose-threshold';
export type { ScoredExample } from './choose-threshold';
export { KEPT_BUCKETS, KEPT_TERMS, packWeights } from './pack-weights';
export { termOfBucket } from './term-of-bucket';
