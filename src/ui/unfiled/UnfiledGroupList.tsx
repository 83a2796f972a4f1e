import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Dossier, DossierId } from '../../core';
import type { UnfiledMail } from '../../filing/unfiled';
import { dossierLabel } from '../dossier-label';
import { LazyDossierSearch } from '../LazyDossierSearch';
import type { UnfiledGroup } from './group-unfiled';
import type { UnfiledMessages } from './unfiled-messages';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link UnfiledGroupList}. */
export interface UnfiledGroupListProps {
  readonly group: UnfiledGroup;
  readonly dossiers: readonly Dossier[];
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ids: readonly string[], on: boolean) => void;
  /** The dossier chosen for the group without a suggestion. */
  readonly chosen: DossierId | null;
  readonly onChoose: (dossier: DossierId) => void;
  readonly texts: UnfiledMessages;
  readonly locale: string;
}

/** One dossier's mails: a heading, "select all", and a check box per mail. */
export function UnfiledGroupList(props: UnfiledGroupListProps) {
  const { group, dossiers, selected, onSelect, texts } = props;
  const styles = useStyles();
  const headingId = useId();
  const title =
    group.dossier === null
      ? texts.noDossier
      : dossierLabel(
          dossiers.find((dossier) => dossier.id === group.dossier),
          group.dossier,
        );
  const ids = group.mails.map((mail) => mail.id);
  const all = ids.every((id) => selected.has(id));
  const some = ids.some((id) => selected.has(id));
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid="unfiled-group">
      <h3 id={headingId} className={styles.heading}>
        {title} ({group.mails.length})
      </h3>
      {group.dossier === null && (
        <LazyDossierSearch
          dossiers={dossiers}
          value={props.chosen}
          onChange={props.onChoose}
          label={texts.chooseDossier}
        />
      )}
      <Checkbox
        checked={all ? true : some ? 'mixed' : false}
        onChange={() => onSelect(ids, !all)}
        label={texts.selectAll(title)}
      />
      <ul className={styles.list}>
        {group.mails.map((mail) => (
          <li
            key={mail.id}
            data-testid="unfiled-mail"
            data-mail-id={mail.id}
            data-mailbox={mail.mailbox ?? ''}
          >
            <Checkbox
              checked={selected.has(mail.id)}
              onChange={(_event, data) => onSelect([mail.id], data.checked === true)}
              label={<MailLabel mail={mail} texts={texts} locale={props.locale} />}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MailLabel({
  mail,
  texts,
  locale,
}: {
  readonly mail: UnfiledMail;
  readonly texts: UnfiledMessages;
  readonly locale: string;
}) {
  const styles = useStyles();
  const when = mail.received.toLocaleDateString(locale, { day: 'numeric', month: 'short' });
  const who = mail.folder === 'sentitems' ? texts.sent : (mail.from?.name ?? mail.from?.address);
  const where = mail.mailbox === undefined ? '' : ` · ${texts.sharedMailbox(mail.mailbox)}`;
  return (
    <span>
      {mail.subject || '—'}
      <br />
      <span className={styles.meta}>
        {when} · {who ?? ''}
        {where}
      </span>
    </span>
  );
}
