import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Assessment, Dossier, DossierId, Message, RestItemId, WooCategoryCode } from '../core';
import {
  DisclosureSection,
  dossierLabel,
  FilingForm,
  RelevanceSection,
  useOutboxJob,
  useTexts,
} from '../ui';
import { usePaneTexts } from './usePaneTexts';
import { filingChoices, initialCategory, initialDossier, officerChoices } from './filing-choices';
import type { PaneServices } from './pane-services';
import { LearningNotice } from './LearningNotice';
import { PendingSection } from './PendingSection';
import { useAfterPaint } from './useAfterPaint';
import { useFiledLookup } from './usePaneState';

/** Props of {@link ReadView}. */
export interface ReadViewProps {
  readonly services: PaneServices;
  readonly itemId: RestItemId;
  readonly message: Message;
  /** The shared mailbox the mail is in; absent for the officer's own. */
  readonly mailbox?: string;
  readonly assessment: Assessment;
  readonly dossiers: readonly Dossier[];
}

/**
 * One mail being read: its assessment, the officer's choices and "Vastleggen". The verdicts
 * (relevance, disclosure) are painted first; the controls render right after.
 */
export function ReadView(props: ReadViewProps) {
  const { services, itemId, message, mailbox, assessment, dossiers } = props;
  const { ui } = useTexts();
  const pane = usePaneTexts();
  const controls = useAfterPaint();
  const byId = new Map<string, Dossier>(dossiers.map((dossier) => [dossier.id, dossier]));
  const [dossier, setDossier] = useState<DossierId | null>(() => initialDossier(assessment));
  const [category, setCategory] = useState<WooCategoryCode>(() => initialCategory(assessment));
  const [toelichting, setToelichting] = useState('');
  const job = useOutboxJob(services.outbox, itemId);
  // The record-system lookup (it loads the Graph side) waits until the verdicts are on screen.
  const lookup = useFiledLookup(
    services,
    controls ? message : undefined,
    job?.state.kind === 'done',
  );
  const filed = job?.state.kind === 'done' || (lookup !== 'checking' && lookup.kind === 'filed');

  const inMailbox = mailbox === undefined ? {} : { mailbox };
  const file = (): void => {
    if (dossier === null) return;
    const choices = filingChoices(assessment, dossier, category, toelichting);
    void services.outbox.enqueue({ itemId, subject: message.subject, choices, ...inMailbox });
  };
  // The other mails share the officer's choices, not this mail's disclosure advice: personal
  // data in one reply says nothing about the next, so each is assessed on its own text.
  const fileConversation = async (): Promise<void> => {
    if (dossier === null || message.conversationId === undefined) return;
    const own = filingChoices(assessment, dossier, category, toelichting);
    const shared = officerChoices(dossier, category, toelichting);
    for (const mail of await services.conversationMails(message.conversationId, mailbox)) {
      // The open mail keeps its own job (Office's id); Graph names it by its immutable id.
      const open =
        mail.itemId === itemId || (mail.sourceId !== undefined && mail.sourceId === message.id);
      const ids = open
        ? { itemId }
        : { itemId: mail.itemId, ...(mail.mailId === undefined ? {} : { mailId: mail.mailId }) };
      await services.outbox.enqueue({
        ...ids,
        subject: mail.subject,
        choices: open ? own : shared,
        ...inMailbox,
      });
    }
  };

  if (!controls) {
    return (
      <>
        <RelevanceSection relevance={assessment.relevance} />
        <PendingSection title={ui.dossierHeading} />
        <PendingSection title={ui.wooCategoryHeading} />
        <DisclosureSection disclosure={assessment.disclosure} bodyText={message.bodyText} />
      </>
    );
  }
  return (
    <FilingForm
      before={<LearningNotice services={services} />}
      assessment={assessment}
      bodyText={message.bodyText}
      dossiers={dossiers}
      dossier={dossier}
      onDossierChange={setDossier}
      category={category}
      onCategoryChange={setCategory}
      narrow
      texts={{
        note: pane.toelichting,
        noteHint: pane.toelichtingHint,
        file: pane.file,
        fileAgain: pane.fileAgain,
        chooseDossierFirst: pane.chooseDossierFirst,
      }}
      note={toelichting}
      onNoteChange={setToelichting}
      filed={filed}
      onFile={file}
      actions={
        message.conversationId === undefined ? null : (
          <Button disabled={dossier === null} onClick={() => void fileConversation()}>
            {pane.fileConversation}
          </Button>
        )
      }
      status={{
        job,
        lookup,
        dossierName: (id) => dossierLabel(byId.get(id), id),
        onRetry: () => void services.outbox.retry(itemId),
      }}
    />
  );
}
