import { useEffect, useMemo, useState } from 'react';
import {
  assessMessage,
  loadNameLexicon,
  prepareContext,
  type Dossier,
  type NameLexicon,
} from '../../core';
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
  const nameLexicon = useNameLexicon();
  const assessment = useMemo(() => {
    if (content.kind !== 'mail') return undefined;
    const context = prepareContext({
      dossiers,
      history: [],
      organisationDomains,
      ...(nameLexicon === undefined ? {} : { nameLexicon }),
    });
    return assessMessage(content.message, context);
  }, [content, dossiers, organisationDomains, nameLexicon]);
  if (assessment === undefined || content.kind !== 'mail') return null;
  return (
    <>
      <h3>{texts.detail.reasons}</h3>
      <RelevanceSection relevance={assessment.relevance} />
      <DisclosureSection disclosure={assessment.disclosure} bodyText={content.message.bodyText} />
    </>
  );
}

/**
 * The name lexicon, loaded once in its own chunk as the pane loads it: until it has arrived the
 * detail shows the assessment without it, then the same finds as the pane. A lexicon that fails
 * to load leaves the assessment without it.
 */
function useNameLexicon(): NameLexicon | undefined {
  const [lexicon, setLexicon] = useState<NameLexicon | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadNameLexicon().then(
      (loaded) => {
        if (live) setLexicon(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return lexicon;
}
