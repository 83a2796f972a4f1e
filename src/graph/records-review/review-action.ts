import type { DossierId, DisclosureLevel, GroundCode } from '../../core';

/** What a records manager does with a record (or each record of a selection). */
export type ReviewAction =
  | { readonly kind: 'accept' }
  /** The record is kept, never deleted: its status says afgewezen, the reason is audited. */
  | { readonly kind: 'reject'; readonly reason: string }
  | {
      readonly kind: 'reclassify';
      /** TOOI id, or null for none. */
      readonly wooCategory: string | null;
      readonly assessment: DisclosureLevel;
      readonly grounds: readonly GroundCode[];
    }
  /** The file moves to the dossier's folder and the dossier column follows. */
  | { readonly kind: 'move'; readonly dossier: DossierId };

/** The audit event's action code of a review action. */
export type ReviewAuditCode = 'accepted' | 'rejected' | 'reclassified' | 'moved' | 'corrected';

/** The records library's columns a review action writes, by internal name. */
export function reviewActionFields(action: ReviewAction): Record<string, string> {
  switch (action.kind) {
    case 'accept':
      return { BronvastReviewStatus: 'geaccepteerd' };
    case 'reject':
      return { BronvastReviewStatus: 'afgewezen' };
    case 'reclassify':
      return {
        BronvastWooCategory: action.wooCategory ?? '',
        BronvastAssessment: action.assessment,
        BronvastGrounds: action.grounds.join(';'),
      };
    case 'move':
      return { BronvastDossier: action.dossier };
  }
}

/** The audit code of an action. */
export function auditCodeOf(action: ReviewAction): Exclude<ReviewAuditCode, 'corrected'> {
  const codes = {
    accept: 'accepted',
    reject: 'rejected',
    reclassify: 'reclassified',
    move: 'moved',
  } as const;
  return codes[action.kind];
}
