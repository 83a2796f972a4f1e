import { Badge } from '@fluentui/react-components';
import type { Relevance } from '../core';
import { ReasonList } from '../ui/ReasonList';
import { useTexts } from '../ui/TextsContext';
import { Section } from './Section';

/** Props of {@link RelevanceSection}. */
export interface RelevanceSectionProps {
  readonly relevance: Relevance;
}

/** Whether the message is policy-relevant, with its score and strongest reasons. */
export function RelevanceSection({ relevance }: RelevanceSectionProps) {
  const { pane } = useTexts();
  return (
    <Section title={pane.relevanceHeading}>
      <div data-testid="relevance">
        <Badge
          appearance="tint"
          color={relevance.relevant ? 'brand' : 'informative'}
          aria-label={pane.score(Math.round(relevance.score * 100))}
        >
          {Math.round(relevance.score * 100)}%
        </Badge>{' '}
        {relevance.relevant ? pane.relevant : pane.notRelevant}
      </div>
      <ReasonList reasons={relevance.reasons} />
    </Section>
  );
}
