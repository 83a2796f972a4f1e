import type { Assessment, Dossier, DossierId, WooCategoryCode } from '../core';
import { DisclosureSection } from './DisclosureSection';
import { DossierPicker } from './DossierPicker';
import { RelevanceSection } from './RelevanceSection';
import { WooCategorySection } from './WooCategorySection';

/** Props of {@link AssessmentChoices}. */
export interface AssessmentChoicesProps {
  readonly assessment: Assessment;
  readonly bodyText: string;
  readonly dossiers: readonly Dossier[];
  readonly dossier: DossierId | null;
  readonly onDossierChange: (dossier: DossierId) => void;
  readonly category: WooCategoryCode;
  readonly onCategoryChange: (category: WooCategoryCode) => void;
}

/**
 * The assessment as every filing surface shows it, in one order: relevance with its reasons,
 * the dossier picker, the Woo category and the disclosure advice with the personal data marked.
 */
export function AssessmentChoices(props: AssessmentChoicesProps) {
  const { assessment } = props;
  return (
    <>
      <RelevanceSection relevance={assessment.relevance} />
      <DossierPicker
        result={assessment.dossiers}
        dossiers={props.dossiers}
        value={props.dossier}
        onChange={props.onDossierChange}
      />
      <WooCategorySection
        suggestion={assessment.wooCategory}
        value={props.category}
        onChange={props.onCategoryChange}
      />
      <DisclosureSection disclosure={assessment.disclosure} bodyText={props.bodyText} />
    </>
  );
}
