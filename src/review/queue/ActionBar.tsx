import { Button, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import type { RegisteredDossier, ReviewAction, ReviewItem } from '../../graph';
import { useReviewTexts } from '../ReviewTexts';
import { MoveDialog } from './MoveDialog';
import { ReclassifyDialog } from './ReclassifyDialog';
import { RejectDialog } from './RejectDialog';

const useStyles = makeStyles({ bar: { gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

/** Props of {@link ActionBar}. */
export interface ActionBarProps {
  /** What the toolbar is called for screen readers: the selection, or the open record. */
  readonly label: string;
  /** The records the actions apply to; none disables them. */
  readonly targets: readonly ReviewItem[];
  readonly busy: boolean;
  readonly dossiers: readonly RegisteredDossier[];
  readonly onAction: (action: ReviewAction) => void;
}

/**
 * Accepteren (at once) and the buttons that open Afwijzen, Herclassificeren and Verplaatsen,
 * each a dialog of its own that keeps its own form.
 */
export function ActionBar({ label, targets, busy, dossiers, onAction }: ActionBarProps) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const disabled = targets.length === 0 || busy;
  return (
    <Toolbar className={styles.bar} aria-label={label}>
      <Button appearance="primary" disabled={disabled} onClick={() => onAction({ kind: 'accept' })}>
        {texts.actions.accept}
      </Button>
      <RejectDialog disabled={disabled} onAction={onAction} />
      <ReclassifyDialog targets={targets} disabled={disabled} onAction={onAction} />
      <MoveDialog dossiers={dossiers} disabled={disabled} onAction={onAction} />
    </Toolbar>
  );
}
