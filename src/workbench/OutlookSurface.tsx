import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import {
  Archive20Regular,
  Compose20Regular,
  MailInbox20Regular,
  Send20Regular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { WorkbenchDraft } from './bridge';
import { ComposeWindow, type SendOutcome } from './ComposeWindow';
import { FrameHost } from './FrameHost';
import { MailList } from './mail-list/MailList';
import { sendMail, type FolderRef } from './mailbox-api';
import { ReadingView } from './ReadingView';
import { RecordsPanel } from './RecordsPanel';
import type { SurfaceContext } from './workbench-surface';
import { useMailbox } from './useMailbox';
import { paneQuery } from './pane-query';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: '12rem minmax(14rem, 22rem) minmax(0, 1fr) 26rem',
    gridTemplateRows: 'minmax(0, 1fr) auto',
    flexGrow: 1,
    minWidth: 0,
  },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  folder: { justifyContent: 'flex-start', textAlign: 'start', whiteSpace: 'nowrap' },
  mailboxName: {
    margin: `${tokens.spacingVerticalM} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  column: {
    overflowY: 'auto',
    overflowX: 'hidden',
    minWidth: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  records: {
    gridColumnStart: 1,
    gridColumnEnd: -1,
    maxHeight: '30vh',
    overflowY: 'auto',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

const EMPTY_DRAFT: WorkbenchDraft = {
  to: [],
  cc: [],
  subject: '',
  body: '',
  headers: {},
  properties: {},
};

/** An Outlook-like mailbox over the local record system, with the real task pane beside it. */
export function OutlookSurface(props: SurfaceContext) {
  const { client, site, state, texts, language, sharedMailboxes = [] } = props;
  const styles = useStyles();
  const mailbox = useMailbox(client, state);
  const [draft, setDraft] = useState<WorkbenchDraft | null>(null);
  const startDraft = (): void => (setDraft(EMPTY_DRAFT), state.setDraft(EMPTY_DRAFT));
  const editDraft = (next: WorkbenchDraft): void => {
    const current = state.draft() ?? next;
    const merged = { ...next, headers: current.headers, properties: current.properties };
    setDraft(merged);
    state.editDraft(merged);
  };
  const send = async (check: boolean): Promise<SendOutcome> => {
    const runCheck = check && state.hasAction('onMessageSendHandler');
    const completion = runCheck ? await state.runAction('onMessageSendHandler') : undefined;
    if (completion?.['allowEvent'] === false)
      return { kind: 'blocked', message: String(completion['errorMessage'] ?? '') };
    const current = state.draft();
    if (current !== null) await sendMail(client, current);
    setDraft(null);
    state.setDraft(null);
    mailbox.reload();
    return { kind: 'sent' };
  };
  const pane = paneQuery(state.displayLanguage, globalThis.location.search);
  const shown = (ref: FolderRef): boolean =>
    mailbox.folder.mailbox === ref.mailbox && mailbox.folder.folder === ref.folder;
  const folderButton = (ref: FolderRef, label: string, icon: JSX.Element, name = label) => (
    <Button
      className={styles.folder}
      appearance={shown(ref) ? 'secondary' : 'subtle'}
      icon={icon}
      aria-pressed={shown(ref)}
      aria-label={name}
      onClick={() => mailbox.showFolder(ref)}
    >
      {label}
    </Button>
  );
  return (
    <div className={styles.page}>
      <nav className={styles.nav} aria-label={texts.folders} data-region="folders">
        <Button appearance="primary" icon={<Compose20Regular />} onClick={startDraft}>
          {texts.newMail}
        </Button>
        {folderButton({ mailbox: null, folder: 'inbox' }, texts.inbox, <MailInbox20Regular />)}
        {folderButton({ mailbox: null, folder: 'sentitems' }, texts.sent, <Send20Regular />)}
        {folderButton({ mailbox: null, folder: 'archive' }, texts.archive, <Archive20Regular />)}
        {sharedMailboxes.map((shared) => (
          <div key={shared.address} role="group" aria-label={shared.displayName}>
            <p className={styles.mailboxName} title={shared.address}>
              {shared.displayName}
            </p>
            {folderButton(
              { mailbox: shared.address, folder: 'inbox' },
              texts.inbox,
              <MailInbox20Regular />,
              `${texts.inbox}, ${shared.displayName}`,
            )}
          </div>
        ))}
      </nav>
      <main className={styles.column} aria-label={texts.messages} data-region="messages">
        {mailbox.failed ? (
          <MessageBar intent="error">
            <MessageBarBody>{texts.loadFailed}</MessageBarBody>
          </MessageBar>
        ) : null}
        <MailList
          mails={mailbox.mails}
          selected={mailbox.selected}
          onOpen={mailbox.openMail}
          onToggle={mailbox.toggle}
          texts={texts}
          language={language}
        />
      </main>
      <section className={styles.column} aria-label={texts.readingPane} data-region="reading">
        {draft === null ? (
          <ReadingView mail={mailbox.open} texts={texts} language={language} />
        ) : (
          <ComposeWindow
            draft={draft}
            onEdit={editDraft}
            onSend={send}
            onCancel={() => (setDraft(null), state.setDraft(null))}
            texts={texts}
          />
        )}
      </section>
      <aside aria-label={texts.paneTitle} data-region="task-pane">
        <FrameHost src={`workbench-pane.html${pane}`} title={texts.paneTitle} />
      </aside>
      <div className={styles.records}>
        <RecordsPanel client={client} site={site} texts={texts} language={language} />
      </div>
      <FrameHost
        src={`workbench-commands.html?lang=${encodeURIComponent(state.displayLanguage)}`}
        title="commands"
        hidden
      />
    </div>
  );
}
