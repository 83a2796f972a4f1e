import type { SparseVector } from '../features';

/** One row of the design matrix: sparse features, label 0/1 and sample weight. */
export interface FitRow {
  readonly vector: SparseVector;
  readonly label: 0 | 1;
  readonly weight: number;
}
