import type { Reason } from '../reason';

/** What one signal says for one dossier: a strength in 0..1 and the reasons behind it. */
export interface Evidence {
  readonly strength: number;
  readonly reasons: readonly Reason[];
}

/** Evidence per dossier position, as each signal returns it. */
export type EvidenceMap = ReadonlyMap<number, Evidence>;

/**
 * Combines independent strengths as a noisy-or: each signal removes part of the remaining doubt,
 * so two moderate signals beat one, and no sum can pass 1.
 */
export function combineStrengths(strengths: readonly number[]): number {
  let doubt = 1;
  for (const strength of strengths) doubt *= 1 - Math.min(Math.max(strength, 0), 1);
  return 1 - doubt;
}

/** Rounds a 0..1 fraction to a whole percentage, the form reason params carry it in. */
export function percent(fraction: number): number {
  return Math.round(fraction * 100);
}
