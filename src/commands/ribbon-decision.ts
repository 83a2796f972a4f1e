import type { Assessment, DossierId } from '../core/index';

/** The ribbon files on its own only above this policy-relevance score. */
export const RIBBON_MIN_RELEVANCE = 0.7;
/** ... and when the top dossier scores at least this (a kenmerk plus text or history)... */
export const RIBBON_MIN_DOSSIER_SCORE = 0.6;
/** ... and leads the runner-up by at least this much, so a near tie goes to the pane. */
export const RIBBON_MIN_LEAD = 0.2;

/** What the ribbon button does with an assessment. */
export type RibbonDecision =
  | { readonly kind: 'file'; readonly dossier: DossierId }
  | { readonly kind: 'review'; readonly why: 'not-relevant' | 'no-dossier' | 'uncertain' };

/**
 * Files straight away only when the assessment is confident: clearly policy-relevant and one
 * dossier clearly ahead. Everything else goes to the task pane for the officer to decide.
 */
export function decideRibbonFiling(assessment: Assessment): RibbonDecision {
  const { relevance, dossiers } = assessment;
  if (!relevance.relevant) return { kind: 'review', why: 'not-relevant' };
  if (dossiers.kind === 'no-dossier-fits') return { kind: 'review', why: 'no-dossier' };
  const [top, second] = dossiers.suggestions;
  if (top === undefined) return { kind: 'review', why: 'no-dossier' };
  const lead = top.score - (second?.score ?? 0);
  if (
    relevance.score < RIBBON_MIN_RELEVANCE ||
    top.score < RIBBON_MIN_DOSSIER_SCORE ||
    lead < RIBBON_MIN_LEAD
  ) {
    return { kind: 'review', why: 'uncertain' };
  }
  return { kind: 'file', dossier: top.dossier };
}
