import { useMemo } from 'react';
import { assessMessage, prepareContext, type Dossier } from '../../core';
import { DisclosureSection, RelevanceSection } from '../../ui';
import { useReviewTexts } from '../ReviewTexts';
import type { ContentView } from './useRecordDetail';

/** Props of {@link Reasons}. */
export interface ReasonsProps {
  readonly content: ContentView;
  readonly dossiers: readonly Dossier[];
  readonly organisationDomains: readonly string[];
}

/** The assessment of the filed mail, computed again from its content as the pane did. */
export function Reasons({ content, dossiers, organisationDomains }: ReasonsProps) {
  const texts = useReviewTexts();
  const assessment = useMemo(() => {
    if (content.kind !== 'mail') return undefined;
    const context = prepareContext({ dossiers, history: [], organisationDomains });
    return assessMessage(content.message, context);
  }, [content, dossiers, organisationDomains]);
  if (assessment === undefined || content.kind !== 'mail') return null;
  return (
    <>
      <h3>{texts.detail.reasons}</h3>
      <RelevanceSection relevance={assessment.relevance} />
      <DisclosureSection disclosure={assessment.disclosure} bodyText={content.message.bodyText} />
    </>
  );
}
