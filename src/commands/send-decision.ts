import type { Assessment, DossierId } from '../core/index';

/** What the on-send check does with a draft. */
export type SendDecision =
  | { readonly kind: 'allow'; readonly why: 'dossier-chosen' | 'not-relevant' }
  | { readonly kind: 'prompt'; readonly suggested: DossierId | null };

/**
 * A draft with a chosen dossier, or one the core finds not policy-relevant, goes out as is. A
 * policy-relevant draft without a dossier gets a prompt offering the best suggestion (if any);
 * the prompt always lets the sender send anyway.
 */
export function decideSend(assessment: Assessment | null, chosen: DossierId | null): SendDecision {
  if (chosen !== null) return { kind: 'allow', why: 'dossier-chosen' };
  if (assessment === null || !assessment.relevance.relevant)
    return { kind: 'allow', why: 'not-relevant' };
  const dossiers = assessment.dossiers;
  const top = dossiers.kind === 'suggested' ? dossiers.suggestions[0] : undefined;
  return { kind: 'prompt', suggested: top?.dossier ?? null };
}
