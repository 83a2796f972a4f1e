import { adjustmentWithinBounds, type RelevanceAdjustment } from '../relevance/adjustment';
import { isManager, type Discrepancy, type ManagerSet, type PersonRef } from './trust-facts';

/** The organisation's stored relevance adjustment as verification reads it. */
export type AdjustmentFacts =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' }
  | {
      readonly kind: 'found';
      readonly adjustment: RelevanceAdjustment;
      /** Who last changed the file, as the record system says (`lastModifiedBy`). */
      readonly modifiedBy?: PersonRef;
    };

/**
 * What is wrong with the stored relevance adjustment: a file last changed by someone outside the
 * records managers' group, weights beyond what learning ever writes, or a file that is no
 * adjustment. The pane, the Teams tab and `bronvast file` apply none of these; verification names
 * them. No file at all is no discrepancy (nothing learnt yet).
 */
export function adjustmentDiscrepancies(
  stored: AdjustmentFacts,
  managers: ManagerSet,
): Discrepancy[] {
  if (stored.kind === 'none') return [];
  if (stored.kind === 'unreadable') return [{ code: 'adjustment-unreadable' }];
  const found: Discrepancy[] = [];
  if (!isManager(managers, stored.modifiedBy))
    found.push({
      code: 'adjustment-by-non-manager',
      ...(stored.modifiedBy === undefined ? {} : { by: stored.modifiedBy.address }),
    });
  if (!adjustmentWithinBounds(stored.adjustment)) found.push({ code: 'adjustment-out-of-bounds' });
  return found;
}
