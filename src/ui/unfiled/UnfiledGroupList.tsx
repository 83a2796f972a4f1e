import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { Dossier, DossierId } from '../../core';
import { dossierLabel } from '../dossier-label';
import { LazyDossierSearch } from '../LazyDossierSearch';
import type { UnfiledGroup } from './group-unfiled';
import type { UnfiledTexts } from '../../texts/shared/unfiled';
import { UnfiledMailRow } from './UnfiledMailRow';
import { UntrustedText } from '../UntrustedText';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', paddingBlock: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  more: { alignSelf: 'flex-start' },
});

/** Rows a long group shows until asked for all: a pane's height or two. */
export const ROWS_SHOWN = 25;
/** A group this long or shorter shows all its rows: a button for five more is no help. */
const SHOW_ALL_UP_TO = 30;

/** Props of {@link UnfiledGroupList}. */
export interface UnfiledGroupListProps {
  readonly group: UnfiledGroup;
  readonly dossiers: readonly Dossier[];
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ids: readonly string[], on: boolean) => void;
  /** The dossier chosen for the group without a suggestion. */
  readonly chosen: DossierId | null;
  readonly onChoose: (dossier: DossierId) => void;
  readonly texts: UnfiledTexts;
  readonly locale: string;
}

/**
 * One dossier's mails: a heading with the count, "select all", and a check box per mail; a
 * long group shows its newest {@link ROWS_SHOWN} and a button that shows the rest.
 */
export const UnfiledGroupList = memo(function UnfiledGroupList(props: UnfiledGroupListProps) {
  const { group, dossiers, selected, onSelect, texts } = props;
  const styles = useStyles();
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [expanded, setExpanded] = useState(false);
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
  const capped = !expanded && group.mails.length > SHOW_ALL_UP_TO;
  const shown = capped ? group.mails.slice(0, ROWS_SHOWN) : group.mails;
  useEffect(() => {
    // The button is gone once pressed: the keyboard goes on at the first row it brought.
    if (expanded) list.current?.querySelectorAll('input')[ROWS_SHOWN]?.focus();
  }, [expanded]);
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid="unfiled-group">
      <h3 id={headingId} className={styles.heading}>
        {group.dossier === null ? title : <UntrustedText text={title} />} ({group.mails.length})
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
      <ul className={styles.list} ref={list}>
        {shown.map((mail) => (
          <UnfiledMailRow
            key={mail.id}
            mail={mail}
            checked={selected.has(mail.id)}
            onSelect={onSelect}
            texts={texts}
            locale={props.locale}
          />
        ))}
      </ul>
      {capped && (
        <Button className={styles.more} appearance="subtle" onClick={() => setExpanded(true)}>
          {texts.showAll(group.mails.length)}
        </Button>
      )}
    </section>
  );
});
