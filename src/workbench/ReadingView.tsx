import { makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbenchMessages } from '../ui/messages/workbench-messages';
import type { MailDetail } from './mailbox-api';

const useStyles = makeStyles({
  view: { overflowY: 'auto', padding: tokens.spacingHorizontalM, overflowWrap: 'anywhere' },
  subject: { fontSize: tokens.fontSizeBase400, margin: 0 },
  body: { whiteSpace: 'pre-wrap', fontFamily: 'inherit' },
});

/** Props of {@link ReadingView}. */
export interface ReadingViewProps {
  readonly mail: MailDetail | null;
  readonly texts: WorkbenchMessages;
}

/** The open mail: subject, parties and text. */
export function ReadingView({ mail, texts }: ReadingViewProps) {
  const styles = useStyles();
  if (mail === null) return <p className={styles.view}>{texts.noMailOpen}</p>;
  const subject = mail.subject.trim() === '' ? texts.noSubject : mail.subject;
  return (
    <article className={styles.view} aria-label={subject} data-testid="reading-view">
      <h2 className={styles.subject}>{subject}</h2>
      <div>
        {texts.from}: {mail.from}
      </div>
      <div>
        {texts.to}: {mail.to.join(', ')}
      </div>
      <pre className={styles.body}>{mail.bodyText}</pre>
    </article>
  );
}
