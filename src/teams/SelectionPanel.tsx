import { Field, Switch, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Assessment, Dossier, DossierId, Message, WooCategoryCode } from '../core';
import { dedupKey } from '../core/records';
import type { ChatSelection } from '../graph/chats';
import { dossierLabel, FilingForm, useOutboxJob } from '../ui';
import { chatFilingChoices, suggestedCategory, suggestedDossier } from './chat-choices';
import type { FiledDecision, TabServices } from './tab-services';
import type { TeamsTexts } from '../texts/teams';

/** Props of {@link SelectionPanel}. */
export interface SelectionPanelProps {
  readonly services: TabServices;
  readonly selection: ChatSelection;
  readonly message: Message;
  readonly assessment: Assessment;
  readonly dossiers: readonly Dossier[];
  readonly filed: FiledDecision | undefined;
  readonly texts: TeamsTexts;
  readonly onFiled: () => void;
}

/**
 * The assessment of the chosen decision with its context (the shared sections), the member's
 * choices (dossier, Woo category, note, reply in the chat) and "Vastleggen", which queues a job
 * in the outbox; its state shows below, read out by screen readers.
 */
export function SelectionPanel(props: SelectionPanelProps) {
  const { services, selection, message, assessment, dossiers, texts } = props;
  const byId = useMemo(
    () => new Map<string, Dossier>(dossiers.map((dossier) => [dossier.id, dossier])),
    [dossiers],
  );
  const [dossier, setDossier] = useState<DossierId | null>(() => suggestedDossier(assessment));
  const [category, setCategory] = useState<WooCategoryCode>(() => suggestedCategory(assessment));
  const [note, setNote] = useState('');
  const [reply, setReply] = useState(false);
  const [replyState, setReplyState] = useState<'none' | 'sent' | 'failed'>('none');
  const key = dedupKey(message);
  const job = useOutboxJob(services.outbox, key);
  const replyWanted = useRef(false);
  const { onFiled } = props;

  const handled = useRef<number | null>(null);
  useEffect(() => {
    const state = job?.state;
    // Once per finished job, however often the panel renders while it stays done.
    if (job === undefined || state?.kind !== 'done' || handled.current === job.updatedAt) return;
    handled.current = job.updatedAt;
    onFiled();
    if (!replyWanted.current) return;
    replyWanted.current = false;
    const { decision } = selection;
    const where = dossierLabel(byId.get(state.dossier), state.dossier);
    const thread =
      decision.replyToId ?? (decision.location.kind === 'channel' ? decision.id : null);
    services.reply(`<p>${escape(texts.replyText(where))}</p>`, thread).then(
      () => setReplyState('sent'),
      () => setReplyState('failed'),
    );
  }, [job, onFiled, selection, byId, services, texts]);

  const file = (): void => {
    if (dossier === null) return;
    replyWanted.current = reply;
    setReplyState('none');
    const ref = (post: { id: string; replyToId: string | null }) => ({
      id: post.id,
      replyToId: post.replyToId,
    });
    void services.outbox.enqueue({
      kind: 'chat',
      itemId: key,
      subject: message.subject,
      choices: chatFilingChoices(assessment, dossier, category, note),
      chat: {
        location: selection.decision.location,
        decision: ref(selection.decision),
        context: selection.context.map(ref),
        title: selection.title,
      },
    });
  };
  const lookup =
    props.filed === undefined
      ? { kind: 'not-filed' as const }
      : { kind: 'filed' as const, ...props.filed };
  return (
    <FilingForm
      before={<Text>{texts.selection(1 + selection.context.length)}</Text>}
      assessment={assessment}
      bodyText={message.bodyText}
      dossiers={dossiers}
      dossier={dossier}
      onDossierChange={setDossier}
      category={category}
      onCategoryChange={setCategory}
      texts={texts}
      note={note}
      onNoteChange={setNote}
      afterNote={
        <Field hint={texts.replyHint}>
          <Switch
            checked={reply}
            label={texts.reply}
            onChange={(_event, data) => setReply(data.checked)}
          />
        </Field>
      }
      filed={props.filed !== undefined}
      onFile={file}
      status={{
        job,
        lookup,
        dossierName: (id) => dossierLabel(byId.get(id), id),
        onRetry: () => void services.outbox.retry(key),
      }}
      statusExtra={
        replyState === 'none' ? null : (
          <Text>{replyState === 'sent' ? texts.replySent : texts.replyFailed}</Text>
        )
      }
    />
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
