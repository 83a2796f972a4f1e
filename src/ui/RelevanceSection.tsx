import { Badge } from '@fluentui/react-components';
import type { Relevance } from '../core';
import { ReasonList } from './ReasonList';
import { useTexts } from './TextsContext';
import { Section } from './Section';

/** Props of {@link RelevanceSection}. */
export interface RelevanceSectionProps {
  readonly relevance: Relevance;
}

/** Whether the message is policy-relevant, with its score and strongest reasons. */
export function RelevanceSection({ relevance }: RelevanceSectionProps) {
  const { ui } = useTexts();
  return (
    <Section title={ui.relevanceHeading}>
      <div data-testid="relevance">
        <Badge
          appearance="tint"
          color={relevance.relevant ? 'brand' : 'informative'}
          aria-label={ui.score(Math.round(relevance.score * 100))}
        >
          {Math.round(relevance.score * 100)}%
        </Badge>{' '}
        {relevance.relevant ? ui.relevant : ui.notRelevant}
      </div>
      <ReasonList reasons={relevance.reasons} />
    </Section>
  );
}
