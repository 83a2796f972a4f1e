import type { AssessmentContext } from './assess';
import type { Relevance } from './assessment';
import type { DossierResult } from './dossier';
import type { Message } from './message';
import { suggestDossiers } from './dossier/index';
import { scoreRelevance } from './relevance';

/**
 * What a list of many mails needs to know of each: is it policy-relevant, and for a relevant
 * one, the dossiers it fits. The same relevance and dossiers as {@link assessMessage} gives.
 */
export type Triage =
  | { readonly kind: 'not-relevant'; readonly relevance: Relevance }
  | { readonly kind: 'relevant'; readonly relevance: Relevance; readonly dossiers: DossierResult };

/**
 * Sorts one message for a list of thousands: the policy relevance, and the dossier suggestion
 * only when the message is relevant. It leaves out what only the message's own view shows (the
 * Woo category and the disclosure pre-assessment with its search for personal data), which is
 * about half the cost of a full assessment. Pure and synchronous.
 */
export function triageMessage(message: Message, context: AssessmentContext): Triage {
  const options = { organisationDomains: context.organisationDomains };
  const relevance = scoreRelevance(message, options, context.relevanceModel);
  if (!relevance.relevant) return { kind: 'not-relevant', relevance };
  return { kind: 'relevant', relevance, dossiers: suggestDossiers(message, context.dossierIndex) };
}
