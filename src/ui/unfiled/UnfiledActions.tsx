import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DossierId } from '../../core';
import type { UnfiledMail } from '../../filing/unfiled';
import type { DismissalReason } from '../../filing/unfiled';
import type { UnfiledTexts } from '../../texts/shared/unfiled';
import type { UnfiledServices } from './unfiled-services';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props of {@link UnfiledActions}. */
export interface UnfiledActionsProps {
  readonly services: UnfiledServices;
  /** The selected mails. */
  readonly mails: readonly UnfiledMail[];
  /** The dossier chosen for the mails without a suggestion. */
  readonly chosen: DossierId | null;
  readonly texts: UnfiledTexts;
  /** The mails that left the list: queued for filing or set aside. */
  readonly onDone: (ids: readonly string[]) => void;
}

/** File the selected mails (each in its dossier) through the outbox, or set them aside. */
export function UnfiledActions({ services, mails, chosen, texts, onDone }: UnfiledActionsProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const file = async (): Promise<void> => {
    const filed: string[] = [];
    let waiting = 0;
    for (const mail of mails) {
      const dossier = mail.dossier ?? chosen;
      if (dossier === null) {
        waiting += 1;
        continue;
      }
      await services.outbox.enqueue({
        itemId: mail.id,
        mailId: mail.id,
        ...(mail.mailbox === undefined ? {} : { mailbox: mail.mailbox }),
        subject: mail.subject,
        choices: { dossier },
      });
      filed.push(mail.id);
    }
    onDone(filed);
    setNotice(
      [
        filed.length > 0 ? texts.queued(filed.length) : '',
        waiting > 0 ? texts.needDossier(waiting) : '',
      ]
        .filter((part) => part !== '')
        .join(' '),
    );
  };
  const dismiss = async (reason: DismissalReason): Promise<void> => {
    const results = await Promise.allSettled(
      mails.map(async (mail) => (await services.dismiss(mail, reason), mail.id)),
    );
    const done = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    onDone(done);
    setNotice(
      done.length === mails.length
        ? texts.dismissed(done.length)
        : `${texts.dismissed(done.length)} ${texts.failed}`,
    );
  };
  const run = (action: () => Promise<void>) => () => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  const none = mails.length === 0 || busy;
  return (
    <div>
      <div className={styles.bar} role="group" aria-label={texts.open}>
        <Button appearance="primary" disabled={none} onClick={run(file)}>
          {texts.file(mails.length)}
        </Button>
        <Button disabled={none} onClick={run(() => dismiss('prive'))}>
          {texts.prive(mails.length)}
        </Button>
        <Button disabled={none} onClick={run(() => dismiss('niet-relevant'))}>
          {texts.notRelevant(mails.length)}
        </Button>
      </div>
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}
