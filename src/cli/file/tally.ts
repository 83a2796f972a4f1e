import type { BacklogFailure, BacklogResult } from './backlog-outcome';

/** The counts of a backlog run so far. */
export interface Tally {
  readonly done: number;
  readonly filed: number;
  readonly unsorted: number;
  readonly alreadyFiled: number;
  readonly wouldFile: number;
  readonly skipped: number;
  readonly failed: number;
  /** Failures per reason. */
  readonly reasons: ReadonlyMap<BacklogFailure, number>;
}

/** The tally before anything was done. */
export const EMPTY_TALLY: Tally = {
  done: 0,
  filed: 0,
  unsorted: 0,
  alreadyFiled: 0,
  wouldFile: 0,
  skipped: 0,
  failed: 0,
  reasons: new Map(),
};

/** The tally with one more result counted. */
export function countResult(tally: Tally, result: BacklogResult): Tally {
  const { outcome } = result;
  const done = { ...tally, done: tally.done + 1 };
  switch (outcome.kind) {
    case 'filed':
      return {
        ...done,
        filed: done.filed + 1,
        unsorted: done.unsorted + (outcome.unsorted ? 1 : 0),
      };
    case 'already-filed':
      return { ...done, alreadyFiled: done.alreadyFiled + 1 };
    case 'would-file':
      return {
        ...done,
        wouldFile: done.wouldFile + 1,
        unsorted: done.unsorted + (outcome.unsorted ? 1 : 0),
      };
    case 'skipped':
      return { ...done, skipped: done.skipped + 1 };
    case 'failed': {
      const reasons = new Map(done.reasons);
      reasons.set(outcome.reason, (reasons.get(outcome.reason) ?? 0) + 1);
      return { ...done, failed: done.failed + 1, reasons };
    }
  }
}
