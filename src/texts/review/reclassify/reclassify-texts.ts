import type { GroundCode } from '../../../core/woo-codes';

/** The reclassify form's labels and what it says about input it cannot take. */
export interface ReclassifyTexts {
  readonly category: string;
  readonly level: string;
  readonly grounds: string;
  readonly groundsHint: string;
  readonly groundsPlaceholder: string;
  /** Shown in the list when the typed text matches no ground. */
  readonly noGroundMatches: (text: string) => string;
  readonly chosenGrounds: string;
  readonly removeGround: (code: string) => string;
  readonly groundUnknown: (text: string) => string;
  readonly groundsWithoutRestriction: (level: string) => string;
  readonly groundsMissing: (level: string) => string;
  readonly residualCombined: (codes: readonly GroundCode[]) => string;
}
