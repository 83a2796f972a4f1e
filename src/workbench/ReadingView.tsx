import { makeStyles, tokens } from '@fluentui/react-components';
import type { UiLanguage } from '../texts/language';
import type { WorkbenchTexts } from '../texts/workbench';
import { formatListDate } from './mail-list/list-date';
import type { MailDetail } from './mailbox-api';
import { displayText, UntrustedText } from '../ui';

const useStyles = makeStyles({
  view: { overflowY: 'auto', padding: tokens.spacingHorizontalM, overflowWrap: 'anywhere' },
  subject: { fontSize: tokens.fontSizeBase500, margin: `0 0 ${tokens.spacingVerticalS}` },
  parties: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  body: { whiteSpace: 'pre-wrap', fontFamily: 'inherit' },
});

/** Props of {@link ReadingView}. */
export interface ReadingViewProps {
  readonly mail: MailDetail | null;
  readonly texts: WorkbenchTexts;
  readonly language: UiLanguage;
}

/** The open mail: subject, parties and text. */
export function ReadingView({ mail, texts, language }: ReadingViewProps) {
  const styles = useStyles();
  if (mail === null) return <p className={styles.view}>{texts.noMailOpen}</p>;
  const subject = mail.subject.trim() === '' ? texts.noSubject : mail.subject;
  return (
    <article className={styles.view} aria-label={displayText(subject)} data-testid="reading-view">
      <h2 className={styles.subject}>
        <UntrustedText text={subject} />
      </h2>
      <div>
        {texts.from}: <UntrustedText text={mail.from} />
      </div>
      <div className={styles.parties}>
        {texts.to}: <UntrustedText text={mail.to.join(', ')} />
      </div>
      <div className={styles.parties}>
        {formatListDate(mail.received, new Date(), language).full}
      </div>
      <pre className={styles.body} dir="auto">
        {displayText(mail.bodyText)}
      </pre>
    </article>
  );
}
