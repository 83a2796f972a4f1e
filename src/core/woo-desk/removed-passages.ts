import { occurrences, type ProposalDecisions, type RedactionProposal } from './redaction';

/**
 * The passages removed from a document: every proposal the coordinator did not reject, and
 * every further occurrence of an accepted passage's text, so a name redacted once is nowhere
 * left in the document (a rejected occurrence of the same text is removed too: the safe side).
 */
export function removedPassages(
  text: string,
  proposals: readonly RedactionProposal[],
  decisions: ProposalDecisions,
): RedactionProposal[] {
  const accepted = proposals.filter((proposal) => decisions.get(proposal.id) !== 'rejected');
  const removed: RedactionProposal[] = [...accepted];
  const texts = new Map(accepted.map((proposal) => [proposal.text, proposal]));
  for (const [passage, proposal] of texts) {
    for (const start of occurrences(text, passage))
      removed.push({ ...proposal, start, end: start + passage.length });
  }
  return removed;
}
