import { type Assessment, type Dossier, type DossierId, asDossierId } from '../../core';

/** The folder of mail whose dossier a records manager still has to choose. */
export const UNSORTED_DOSSIER: DossierId = asDossierId('Ongesorteerd');

/** A suggested dossier is taken only when it scores at least this... */
export const MIN_DOSSIER_SCORE = 0.6;
/** ... and leads the runner-up by at least this much; a near tie is left for a person. */
export const MIN_DOSSIER_LEAD = 0.2;

/** Where a backlog mail goes: a dossier, the unsorted folder, or nowhere (not policy-relevant). */
export type Placement =
  | { readonly kind: 'dossier'; readonly dossier: DossierId; readonly why: 'given' | 'suggested' }
  | { readonly kind: 'unsorted'; readonly dossier: DossierId }
  | { readonly kind: 'skip'; readonly why: 'not-relevant' };

/** What the records manager asked for on the command line. */
export interface PlacementOptions {
  /** `--dossier`: everything into this dossier. */
  readonly dossier?: Dossier;
  /** `--all`: file mail that is not policy-relevant too. */
  readonly all: boolean;
}

/**
 * Decides where a mail goes: the given dossier; else the suggested one when the suggestion is
 * confident (a clear score and lead); else the unsorted folder, to be placed in review. Mail that
 * is not policy-relevant is skipped unless everything is asked for.
 */
export function placeMail(assessment: Assessment, options: PlacementOptions): Placement {
  if (!assessment.relevance.relevant && !options.all) return { kind: 'skip', why: 'not-relevant' };
  if (options.dossier !== undefined) {
    return { kind: 'dossier', dossier: options.dossier.id, why: 'given' };
  }
  const { dossiers } = assessment;
  if (dossiers.kind === 'suggested') {
    const [top, second] = dossiers.suggestions;
    const lead = (top?.score ?? 0) - (second?.score ?? 0);
    if (top !== undefined && top.score >= MIN_DOSSIER_SCORE && lead >= MIN_DOSSIER_LEAD) {
      return { kind: 'dossier', dossier: top.dossier, why: 'suggested' };
    }
  }
  return { kind: 'unsorted', dossier: UNSORTED_DOSSIER };
}
