import type { GroundCode } from '../woo-codes';

/**
 * Whether a set of grounds may be cited together for the same information (one passage). Art.
 * 5.1 lid 5 covers only "een ander belang dan genoemd in het eerste of tweede lid": the
 * restriction is on the interest, so for the same passage 5.1.5 next to a lid 1 or lid 2 ground
 * is a contradiction. A document may still cite both for different passages (its inventory row
 * lists every ground used in it), so this check is never applied to a document's grounds.
 */
export type GroundCombinationCheck =
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'residual-ground-combined';
      /** The lid 1 and lid 2 grounds that 5.1.5 was combined with. */
      readonly conflicting: readonly GroundCode[];
    };

const LID_1_OR_2 = /^5\.1\.[12][a-i]$/;

/** Checks that 5.1.5 is not combined with a ground of art. 5.1 lid 1 or lid 2 for one passage. */
export function checkGroundCombination(grounds: readonly GroundCode[]): GroundCombinationCheck {
  if (!grounds.includes('5.1.5')) return { kind: 'ok' };
  const conflicting = [...new Set(grounds.filter((ground) => LID_1_OR_2.test(ground)))];
  return conflicting.length === 0
    ? { kind: 'ok' }
    : { kind: 'residual-ground-combined', conflicting };
}
