import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useContext } from 'react';
import type { Discrepancy } from '../../core';
import type { ContentVersion, RecordVersion } from '../../graph';
import { useTexts } from '../../ui';
import { formatDateTime } from '../format-date';
import { useReviewTexts } from '../ReviewTexts';
import { Coded, ShowCodesContext } from './Coded';
import { columnLabel, columnValue, TECHNICAL_COLUMNS } from './field-labels';
import { versionChanges, type ColumnChange } from './version-changes';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  change: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link VersionHistory}. */
export interface VersionHistoryProps {
  readonly versions: readonly RecordVersion[];
  /** What verification found, flagged at the version it names. */
  readonly found: readonly Discrepancy[];
  /** The file's versions: a change of size marks new content. */
  readonly files: readonly ContentVersion[];
}

/**
 * Who changed what, when (SharePoint's versions), by the columns' labels; new content is marked,
 * and a version with something verification found (a review column set by a non-manager, ...) is
 * flagged. Identifiers written at filing show only with the codes.
 */
export function VersionHistory({ versions, found, files }: VersionHistoryProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const showCodes = useContext(ShowCodesContext);
  const changes = versionChanges(versions, found, files);
  if (changes.length === 0) return <p>{texts.detail.noVersions}</p>;
  const shown = (change: ColumnChange) =>
    showCodes || change.from !== '' || !TECHNICAL_COLUMNS.includes(change.column);
  return (
    <ol className={styles.list} data-testid="versions">
      {[...changes].reverse().map((version) => (
        <li key={version.label}>
          <strong>{version.label}</strong> · {version.by?.displayName ?? texts.detail.unknownPerson}{' '}
          · {version.at === undefined ? '' : formatDateTime(version.at)}{' '}
          {version.flags.length > 0 ? (
            <Badge color="danger" appearance="tint">
              {texts.detail.flagged}
            </Badge>
          ) : null}
          <ul className={styles.change}>
            {version.content === undefined ? null : (
              <li>{texts.trust.contentChanged(version.content.from, version.content.to)}</li>
            )}
            {version.changes.filter(shown).map((change) => (
              <Change key={change.column} change={change} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Change({ change }: { readonly change: ColumnChange }) {
  const texts = useReviewTexts();
  const woo = useTexts();
  const value = (stored: string) => columnValue(change.column, stored, texts, woo);
  return (
    <li>
      <Coded value={columnLabel(change.column, texts)} />: <Coded value={value(change.from)} /> →{' '}
      <Coded value={value(change.to)} />
    </li>
  );
}
