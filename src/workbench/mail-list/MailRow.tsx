import { Badge, mergeClasses } from '@fluentui/react-components';
import {
  Attach16Regular,
  CheckboxChecked16Filled,
  CheckboxUnchecked16Regular,
} from '@fluentui/react-icons';
import type { MouseEvent } from 'react';
import type { WorkbenchTexts } from '../../texts/workbench';
import type { MailSummary } from '../mailbox-api';
import type { ListDate } from './list-date';
import { useMailRowStyles } from './useMailRowStyles';
import { displayText, UntrustedText } from '../../ui';

/** The category Bronvast sets on a filed mail (src/graph/mail/filed-mark.ts). */
const FILED_CATEGORY = 'Vastgelegd in Bronvast';

/** Whether the list marks a mail as filed. */
export const isFiled = (mail: MailSummary): boolean => mail.categories.includes(FILED_CATEGORY);

/** Props of {@link MailRow}. */
export interface MailRowProps {
  readonly mail: MailSummary;
  readonly date: ListDate;
  readonly selected: boolean;
  readonly tabIndex: 0 | -1;
  readonly elementRef: (element: HTMLElement | null) => void;
  readonly onOpen: () => void;
  readonly onToggle: () => void;
  readonly onFocus: () => void;
  readonly texts: WorkbenchTexts;
}

/** One mail in the list: sender, date, subject on one line, attachment and "Vastgelegd" marks. */
export function MailRow({ mail, date, selected, tabIndex, elementRef, ...props }: MailRowProps) {
  const styles = useMailRowStyles();
  const { texts } = props;
  const unread = !mail.isRead;
  const filed = isFiled(mail);
  const subject = mail.subject.trim() === '' ? texts.noSubject : mail.subject;
  const toggle = (event: MouseEvent): void => (event.stopPropagation(), props.onToggle());
  const open = (event: MouseEvent): void =>
    event.ctrlKey || event.metaKey ? props.onToggle() : props.onOpen();
  return (
    <div
      role="option"
      id={`mail-${mail.id}`}
      aria-selected={selected}
      tabIndex={tabIndex}
      ref={elementRef}
      className={mergeClasses(styles.row, selected && styles.selected, unread && styles.unread)}
      data-mail-id={mail.id}
      data-unread={unread}
      data-filed={filed}
      onClick={open}
      onFocus={props.onFocus}
    >
      <span className={styles.check} onClick={toggle} data-part="check" aria-hidden>
        {selected ? <CheckboxChecked16Filled /> : <CheckboxUnchecked16Regular />}
      </span>
      <span className={mergeClasses(styles.sender, unread && styles.bold)}>
        {unread ? <span className={styles.hidden}>{texts.unread}, </span> : null}
        <UntrustedText text={mail.from} />
        <span className={styles.hidden}>, </span>
      </span>
      <span className={styles.date} title={date.full}>
        <span aria-hidden>{date.short}</span>
        <span className={styles.hidden}>{date.full}, </span>
      </span>
      <span
        className={mergeClasses(
          styles.subject,
          unread && styles.unreadSubject,
          mail.subject.trim() === '' && styles.noSubject,
        )}
        data-part="subject"
        title={displayText(mail.subject)}
      >
        <UntrustedText text={subject} />
      </span>
      <span className={styles.marks}>
        {mail.hasAttachments ? (
          <Attach16Regular aria-label={texts.attachment} role="img" data-part="attachment" />
        ) : null}
        {filed ? (
          <Badge size="small" appearance="tint" color="success" data-part="filed">
            {texts.filedCategory}
          </Badge>
        ) : null}
      </span>
    </div>
  );
}
