import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { Assessment, Dossier, DossierId, Message } from '../core';
import { DisclosureSection, DossierPicker, RelevanceSection, Section } from '../ui';
import { usePaneTexts } from './usePaneTexts';
import { initialDossier } from './filing-choices';
import type { PaneServices } from './pane-services';

/** Props of {@link ComposeView}. */
export interface ComposeViewProps {
  readonly services: PaneServices;
  readonly message: Message;
  readonly assessment: Assessment;
  readonly dossiers: readonly Dossier[];
  /** The dossier already stored on the draft, if any. */
  readonly stored: DossierId | null;
  /** Reads and assesses the draft again (Outlook does not tell the pane about typing). */
  readonly onReassess: () => void;
}

/** A draft: the same assessment, and the dossier chosen before sending (stored on the draft). */
export function ComposeView({
  services,
  message,
  assessment,
  dossiers,
  stored,
  onReassess,
}: ComposeViewProps) {
  const pane = usePaneTexts();
  const [dossier, setDossier] = useState<DossierId | null>(stored ?? initialDossier(assessment));
  const [saved, setSaved] = useState<DossierId | null>(stored);
  const save = async (): Promise<void> => {
    if (dossier === null) return;
    await services.saveDraftDossier(dossier);
    setSaved(dossier);
  };
  return (
    <>
      <Section title={pane.composeHeading}>
        <div>{pane.composeExplanation}</div>
        <div>
          <Button size="small" onClick={onReassess}>
            {pane.reassess}
          </Button>
        </div>
      </Section>
      <RelevanceSection relevance={assessment.relevance} />
      <DossierPicker
        result={assessment.dossiers}
        dossiers={dossiers}
        value={dossier}
        onChange={setDossier}
      />
      <DisclosureSection disclosure={assessment.disclosure} bodyText={message.bodyText} />
      <div>
        <Button appearance="primary" disabled={dossier === null} onClick={() => void save()}>
          {pane.saveDossier}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {saved === null ? null : (
          <MessageBar intent="success" data-testid="draft-dossier">
            <MessageBarBody>{pane.composeSaved(saved)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
