import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbenchMessages } from '../ui/messages/workbench-messages';
import type { MailSummary } from './mailbox-api';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, overflowY: 'auto' },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  open: {
    flexGrow: 1,
    textAlign: 'start',
    background: 'none',
    border: 'none',
    padding: tokens.spacingVerticalS,
    cursor: 'pointer',
    color: 'inherit',
    font: 'inherit',
  },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** Props of {@link MessageList}. */
export interface MessageListProps {
  readonly mails: readonly MailSummary[];
  readonly selected: readonly string[];
  readonly onOpen: (id: string) => void;
  readonly onToggle: (id: string) => void;
  readonly texts: WorkbenchMessages;
}

/** The message list: a click opens one mail, the checkboxes select several (Mailbox 1.13). */
export function MessageList({ mails, selected, onOpen, onToggle, texts }: MessageListProps) {
  const styles = useStyles();
  if (mails.length === 0) return <p>{texts.empty}</p>;
  return (
    <ul className={styles.list} aria-label={texts.messages} data-testid="message-list">
      {mails.map((mail) => {
        const isSelected = selected.includes(mail.id);
        return (
          <li
            key={mail.id}
            className={`${styles.row} ${isSelected ? styles.selected : ''}`}
            data-mail-id={mail.id}
          >
            <Checkbox
              checked={isSelected}
              onChange={() => onToggle(mail.id)}
              aria-label={texts.select(mail.subject)}
            />
            <button
              type="button"
              className={styles.open}
              aria-current={isSelected}
              onClick={() => onOpen(mail.id)}
            >
              <div>{mail.subject}</div>
              <div className={styles.meta}>
                {mail.from}
                {mail.categories.includes('Vastgelegd in Bronvast')
                  ? ` · ${texts.filedCategory}`
                  : ''}
              </div>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
