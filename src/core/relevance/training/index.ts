export { trainRelevance } from './train-relevance';
export type { TrainingResult } from './train-relevance';
export type { TrainingExample } from './training-example';
