import { makeStyles, tokens } from '@fluentui/react-components';
import type { Reason } from '../core';
import { useTexts } from './TextsContext';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ReasonList}. */
export interface ReasonListProps {
  readonly reasons: readonly Reason[];
  /** How many of the strongest reasons to show. */
  readonly limit?: number;
}

/** The reasons behind a conclusion, strongest first, as sentences. */
export function ReasonList({ reasons, limit = 4 }: ReasonListProps) {
  const styles = useStyles();
  const texts = useTexts();
  const strongest = [...reasons]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, limit);
  if (strongest.length === 0) return null;
  return (
    <ul className={styles.list}>
      {strongest.map((reason, index) => (
        <li key={`${reason.code}-${index}`} className={styles.item}>
          {texts.reason(reason)}
        </li>
      ))}
    </ul>
  );
}
