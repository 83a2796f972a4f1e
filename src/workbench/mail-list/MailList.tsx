import { makeStyles } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { UiLanguage } from '../../texts/language';
import type { WorkbenchTexts } from '../../texts/workbench';
import type { MailSummary } from '../mailbox-api';
import { formatListDate } from './list-date';
import { MailRow } from './MailRow';
import { useRovingFocus } from './useRovingFocus';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

/** Props of {@link MailList}. */
export interface MailListProps {
  readonly mails: readonly MailSummary[];
  readonly selected: readonly string[];
  readonly onOpen: (id: string) => void;
  readonly onToggle: (id: string) => void;
  readonly texts: WorkbenchTexts;
  readonly language: UiLanguage;
  /** The clock the dates are written against (tests pass a fixed one). */
  readonly now?: () => Date;
  readonly timeZone?: string;
}

/**
 * The mail list as Outlook on the web has it: one tab stop; ArrowUp/ArrowDown, Home and End
 * move between mails, Enter (or a click) opens one, Space (or Ctrl+click, or the check box)
 * adds it to or takes it out of the selection the task pane files.
 */
export function MailList({ mails, selected, onOpen, onToggle, texts, ...props }: MailListProps) {
  const styles = useStyles();
  const ids = mails.map((mail) => mail.id);
  const roving = useRovingFocus(ids, selected[0] ?? null);
  const now = (props.now ?? (() => new Date()))();
  if (mails.length === 0) return <p>{texts.empty}</p>;
  const onKeyDown = (event: KeyboardEvent): void => {
    if (roving.onKeyDown(event) || roving.activeId === null) return;
    if (event.key === 'Enter') onOpen(roving.activeId);
    else if (event.key === ' ') onToggle(roving.activeId);
    else return;
    event.preventDefault();
  };
  return (
    <div
      role="listbox"
      aria-label={texts.messages}
      aria-multiselectable
      className={styles.list}
      data-testid="message-list"
      onKeyDown={onKeyDown}
    >
      {mails.map((mail) => (
        <MailRow
          key={mail.id}
          mail={mail}
          date={formatListDate(mail.received, now, props.language, props.timeZone)}
          selected={selected.includes(mail.id)}
          tabIndex={roving.tabIndexOf(mail.id)}
          elementRef={roving.register(mail.id)}
          onOpen={() => (roving.activate(mail.id), onOpen(mail.id))}
          onToggle={() => (roving.activate(mail.id), onToggle(mail.id))}
          onFocus={() => roving.activate(mail.id)}
          texts={texts}
        />
      ))}
    </div>
  );
}
