import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbenchTexts } from '../texts/workbench';
import type { WorkbenchDraft } from './bridge';
import { RecipientsInput } from './RecipientsInput';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** How sending ended: sent, or stopped by the on-send check with its message. */
export type SendOutcome =
  { readonly kind: 'sent' } | { readonly kind: 'blocked'; readonly message: string };

/** Props of {@link ComposeWindow}. */
export interface ComposeWindowProps {
  readonly draft: WorkbenchDraft;
  readonly onEdit: (draft: WorkbenchDraft) => void;
  /** Sends after the on-send check; `checked: false` sends anyway (the prompt's choice). */
  readonly onSend: (check: boolean) => Promise<SendOutcome>;
  readonly onCancel: () => void;
  readonly texts: WorkbenchTexts;
}

/** The compose window: sending runs the add-in's on-send check first, as Outlook does. */
export function ComposeWindow({ draft, onEdit, onSend, onCancel, texts }: ComposeWindowProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<'idle' | 'sending' | SendOutcome>('idle');
  const send = async (check = true): Promise<void> => {
    setStatus('sending');
    setStatus(
      await onSend(check).catch((error: unknown) => ({
        kind: 'blocked' as const,
        message: String(error),
      })),
    );
  };
  return (
    <form
      className={styles.form}
      aria-label={texts.newMail}
      onSubmit={(event) => (event.preventDefault(), void send())}
    >
      <RecipientsInput
        label={texts.to}
        addresses={draft.to}
        onChange={(to) => onEdit({ ...draft, to })}
      />
      <RecipientsInput
        label={texts.cc}
        addresses={draft.cc}
        onChange={(cc) => onEdit({ ...draft, cc })}
      />
      <Field label={texts.subject}>
        <Input
          value={draft.subject}
          onChange={(_event, data) => onEdit({ ...draft, subject: data.value })}
        />
      </Field>
      <Field label={texts.body}>
        <Textarea
          rows={8}
          value={draft.body}
          onChange={(_event, data) => onEdit({ ...draft, body: data.value })}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={status === 'sending'}>
          {texts.send}
        </Button>
        <Button onClick={onCancel}>{texts.cancel}</Button>
      </div>
      <div role="status" aria-live="polite" data-testid="send-status">
        {status === 'sending' ? texts.sending : null}
        {typeof status === 'object' && status.kind === 'blocked' ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {texts.blocked(status.message)}{' '}
              <Button size="small" onClick={() => void send(false)}>
                {texts.sendAnyway}
              </Button>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}
