import { checkGroundCombination } from '../../core/woo';
import type { DisclosureLevel, GroundCode } from '../../core';
import type { ReviewAction, ReviewItem } from '../../graph';

/** What the reclassify form holds while the records manager fills it in. */
export interface ReclassifyDraft {
  /** TOOI id of the chosen category; '' for none. */
  readonly category: string;
  readonly level: DisclosureLevel;
  readonly grounds: readonly GroundCode[];
  /** Text typed in the grounds field and not (yet) turned into a ground. */
  readonly typed: string;
}

/** Why the form cannot be confirmed as it stands. */
export type ReclassifyProblem =
  | { readonly kind: 'ground-unknown'; readonly text: string }
  | { readonly kind: 'grounds-without-restriction' }
  | { readonly kind: 'grounds-missing' }
  | { readonly kind: 'residual-ground-combined'; readonly conflicting: readonly GroundCode[] };

/** The form for these records: the one record's current values, or empty for several. */
export function draftFor(items: readonly ReviewItem[]): ReclassifyDraft {
  const metadata = items.length === 1 ? items[0]?.record.metadata : undefined;
  if (metadata === undefined || metadata === null)
    return { category: '', level: 'openbaar', grounds: [], typed: '' };
  return {
    category: metadata.wooCategory ?? '',
    level: metadata.assessment,
    grounds: metadata.grounds,
    typed: '',
  };
}

const RESTRICTED: readonly DisclosureLevel[] = ['deels-openbaar', 'niet-openbaar'];

/**
 * The reclassify action a draft stands for, or the one thing it cannot take: typed text that is
 * no ground, grounds beside a level that withholds nothing, a withholding level without a
 * ground, or 5.1.5 beside a ground of art. 5.1 lid 1 or 2.
 */
export function reclassifyAction(
  draft: ReclassifyDraft,
):
  | { readonly ok: true; readonly action: ReviewAction }
  | { readonly ok: false; readonly problem: ReclassifyProblem } {
  const typed = draft.typed.trim();
  if (typed !== '') return { ok: false, problem: { kind: 'ground-unknown', text: typed } };
  const restricted = RESTRICTED.includes(draft.level);
  if (!restricted && draft.grounds.length > 0)
    return { ok: false, problem: { kind: 'grounds-without-restriction' } };
  if (restricted && draft.grounds.length === 0)
    return { ok: false, problem: { kind: 'grounds-missing' } };
  const combination = checkGroundCombination(draft.grounds);
  if (combination.kind === 'residual-ground-combined')
    return {
      ok: false,
      problem: { kind: 'residual-ground-combined', conflicting: combination.conflicting },
    };
  return {
    ok: true,
    action: {
      kind: 'reclassify',
      wooCategory: draft.category === '' ? null : draft.category,
      assessment: draft.level,
      grounds: draft.grounds,
    },
  };
}
