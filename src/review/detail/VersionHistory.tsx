import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Discrepancy } from '../../core/trust/trust-facts';
import type { ContentVersion, RecordVersion } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { versionChanges } from './version-changes';

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
 * Who changed what, when (SharePoint's versions); new content is marked, and a version with
 * something verification found (a review column set by a non-manager, ...) is flagged.
 */
export function VersionHistory({ versions, found, files }: VersionHistoryProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const changes = versionChanges(versions, found, files);
  if (changes.length === 0) return <p>{texts.detail.noVersions}</p>;
  const locale = texts.language === 'en' ? 'en-GB' : 'nl-NL';
  return (
    <ol className={styles.list} data-testid="versions">
      {[...changes].reverse().map((version) => (
        <li key={version.label}>
          <strong>{version.label}</strong> · {version.by?.displayName ?? texts.detail.unknownPerson}{' '}
          · {version.at?.toLocaleString(locale) ?? ''}{' '}
          {version.flags.length > 0 ? (
            <Badge color="danger" appearance="tint">
              {texts.detail.flagged}
            </Badge>
          ) : null}
          <ul className={styles.change}>
            {version.content === undefined ? null : (
              <li>{texts.trust.contentChanged(version.content.from, version.content.to)}</li>
            )}
            {version.changes.map((change) => (
              <li key={change.column}>
                {change.column}: {change.from === '' ? '—' : change.from} →{' '}
                {change.to === '' ? '—' : change.to}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
