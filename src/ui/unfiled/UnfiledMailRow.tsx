import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { UnfiledMail } from '../../filing/unfiled';
import type { UnfiledTexts } from '../../texts/shared/unfiled';
import { UntrustedText } from '../UntrustedText';

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link UnfiledMailRow}. */
export interface UnfiledMailRowProps {
  readonly mail: UnfiledMail;
  readonly checked: boolean;
  readonly onSelect: (ids: readonly string[], on: boolean) => void;
  readonly texts: UnfiledTexts;
  readonly locale: string;
}

/**
 * One mail of the list: a check box labelled with its subject, date and sender. Drawn again only
 * when its own props change, so a list that grows while it is read redraws only the new rows.
 */
export const UnfiledMailRow = memo(function UnfiledMailRow(props: UnfiledMailRowProps) {
  const { mail, texts } = props;
  const styles = useStyles();
  const when = mail.received.toLocaleDateString(props.locale, { day: 'numeric', month: 'short' });
  const who = mail.folder === 'sentitems' ? texts.sent : (mail.from?.name ?? mail.from?.address);
  const where = mail.mailbox === undefined ? '' : ` · ${texts.sharedMailbox(mail.mailbox)}`;
  return (
    <li data-testid="unfiled-mail" data-mail-id={mail.id} data-mailbox={mail.mailbox ?? ''}>
      <Checkbox
        checked={props.checked}
        onChange={(_event, data) => props.onSelect([mail.id], data.checked === true)}
        label={
          <span>
            {mail.subject === '' ? '—' : <UntrustedText text={mail.subject} />}
            <br />
            <span className={styles.meta}>
              {when} · <UntrustedText text={who ?? ''} />
              {where}
            </span>
          </span>
        }
      />
    </li>
  );
});
