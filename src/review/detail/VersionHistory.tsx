import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { RecordVersion } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { versionChanges } from './version-changes';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  change: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link VersionHistory}. */
export interface VersionHistoryProps {
  readonly versions: readonly RecordVersion[];
  readonly managers: readonly string[];
}

/** Who changed what, when (SharePoint's versions); changes by a non-manager are flagged. */
export function VersionHistory({ versions, managers }: VersionHistoryProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const changes = versionChanges(versions, managers);
  if (changes.length === 0) return <p>{texts.detail.noVersions}</p>;
  const locale = texts.language === 'en' ? 'en-GB' : 'nl-NL';
  return (
    <ol className={styles.list} data-testid="versions">
      {[...changes].reverse().map((version) => (
        <li key={version.label}>
          <strong>{version.label}</strong> · {version.by?.displayName ?? texts.detail.unknownPerson}{' '}
          · {version.at?.toLocaleString(locale) ?? ''}{' '}
          {version.flagged ? (
            <Badge color="danger" appearance="tint">
              {texts.detail.flagged}
            </Badge>
          ) : null}
          <ul className={styles.change}>
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
