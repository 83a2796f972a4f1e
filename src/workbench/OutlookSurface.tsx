import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { GraphClient, SiteIds } from '../graph';
import { workbenchMessages } from '../ui/messages/workbench-messages';
import type { WorkbenchDraft } from './bridge';
import { ComposeWindow, type SendOutcome } from './ComposeWindow';
import { FrameHost } from './FrameHost';
import { sendMail } from './mailbox-api';
import { MessageList } from './MessageList';
import { ReadingView } from './ReadingView';
import { RecordsPanel } from './RecordsPanel';
import { useMailbox } from './useMailbox';
import type { WorkbenchState } from './WorkbenchState';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: '11rem 20rem 1fr 26rem',
    gridTemplateRows: 'auto 1fr auto',
    height: '100vh',
  },
  header: {
    gridColumnStart: 1,
    gridColumnEnd: -1,
    padding: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
  },
  column: { overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke3}` },
  records: {
    gridColumnStart: 1,
    gridColumnEnd: -1,
    maxHeight: '30vh',
    overflowY: 'auto',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** Props of {@link Workbench}. */
export interface WorkbenchProps {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly state: WorkbenchState;
}

const EMPTY_DRAFT: WorkbenchDraft = {
  to: [],
  cc: [],
  subject: '',
  body: '',
  headers: {},
  properties: {},
};

/** An Outlook-like mailbox over the local record system, with the real task pane beside it. */
export function Workbench({ client, site, state }: WorkbenchProps) {
  const styles = useStyles();
  const texts = workbenchMessages(state.displayLanguage.startsWith('en') ? 'en' : 'nl');
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
  const paneQuery = `?lang=${encodeURIComponent(state.displayLanguage)}`;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{texts.title}</h1>
        <div>{texts.intro}</div>
      </header>
      <nav className={styles.nav} aria-label={texts.folders}>
        <Button appearance="primary" onClick={startDraft}>
          {texts.newMail}
        </Button>
        <Button
          aria-pressed={mailbox.folder === 'inbox'}
          onClick={() => mailbox.showFolder('inbox')}
        >
          {texts.inbox}
        </Button>
        <Button
          aria-pressed={mailbox.folder === 'sentitems'}
          onClick={() => mailbox.showFolder('sentitems')}
        >
          {texts.sent}
        </Button>
      </nav>
      <main className={styles.column} aria-label={texts.messages}>
        {mailbox.failed ? (
          <MessageBar intent="error">
            <MessageBarBody>{texts.loadFailed}</MessageBarBody>
          </MessageBar>
        ) : null}
        <MessageList
          mails={mailbox.mails}
          selected={mailbox.selected}
          onOpen={mailbox.openMail}
          onToggle={mailbox.toggle}
          texts={texts}
        />
      </main>
      <div className={styles.column}>
        {draft === null ? (
          <ReadingView mail={mailbox.open} texts={texts} />
        ) : (
          <ComposeWindow
            draft={draft}
            onEdit={editDraft}
            onSend={send}
            onCancel={() => (setDraft(null), state.setDraft(null))}
            texts={texts}
          />
        )}
      </div>
      <aside aria-label={texts.paneTitle}>
        <FrameHost src={`workbench-pane.html${paneQuery}`} title={texts.paneTitle} />
      </aside>
      <div className={styles.records}>
        <RecordsPanel client={client} site={site} texts={texts} />
      </div>
      <FrameHost src={`workbench-commands.html${paneQuery}`} title="commands" hidden />
    </div>
  );
}
