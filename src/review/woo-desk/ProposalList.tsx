import { Button } from '@fluentui/react-components';
import type { RedactionProposal } from '../../core/woo-desk';
import { useWooDeskTexts } from './useWooDeskTexts';

/** Props of {@link ProposalList}. */
export interface ProposalListProps {
  readonly proposals: readonly RedactionProposal[];
  readonly decisions: ReadonlyMap<string, 'accepted' | 'rejected'>;
  readonly onDecide: (id: string, decision: 'accepted' | 'rejected') => void;
}

/** The redaction proposals of a document, each with its ground, to accept or reject. */
export function ProposalList({ proposals, decisions, onDecide }: ProposalListProps) {
  const texts = useWooDeskTexts().document;
  if (proposals.length === 0) return <p>{texts.noProposals}</p>;
  return (
    <section aria-label={texts.proposals}>
      <h4>{texts.proposals}</h4>
      <ul>
        {proposals.map((proposal) => {
          const decision = decisions.get(proposal.id);
          const state =
            decision === 'accepted'
              ? texts.accepted
              : decision === 'rejected'
                ? texts.rejected
                : texts.open;
          return (
            <li key={proposal.id} data-proposal={proposal.id}>
              <q>{proposal.text}</q> · {proposal.ground} · {state}{' '}
              <Button
                size="small"
                aria-label={`${texts.accept}: ${proposal.text}`}
                onClick={() => onDecide(proposal.id, 'accepted')}
              >
                {texts.accept}
              </Button>{' '}
              <Button
                size="small"
                aria-label={`${texts.reject}: ${proposal.text}`}
                onClick={() => onDecide(proposal.id, 'rejected')}
              >
                {texts.reject}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
