import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const MIN = 30;
const MAX = 80;
const STEP = 5;

const useStyles = makeStyles({
  split: { display: 'grid', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  pane: { minWidth: 0 },
  separator: {
    alignSelf: 'stretch',
    width: '8px',
    cursor: 'col-resize',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ':hover': { backgroundColor: tokens.colorNeutralStroke1 },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      backgroundColor: tokens.colorNeutralStroke1,
    },
  },
});

/** Props of {@link SplitView}. */
export interface SplitViewProps {
  readonly start: ReactNode;
  /** The second pane; without it the first takes the whole width. */
  readonly end: ReactNode | null;
  /** The separator's name for screen readers. */
  readonly label: string;
}

/**
 * Two panes side by side with a separator between them that the mouse drags and the arrow keys
 * move (Home and End to the limits): the first pane takes 30 to 80 percent of the width.
 */
export function SplitView({ start, end, label }: SplitViewProps) {
  const styles = useStyles();
  const [share, setShare] = useState(60);
  const box = useRef<HTMLDivElement>(null);
  const clamp = (value: number) => Math.round(Math.min(MAX, Math.max(MIN, value)));
  const onKeyDown = (event: KeyboardEvent) => {
    const next: Record<string, number> = {
      ArrowLeft: share - STEP,
      ArrowRight: share + STEP,
      Home: MIN,
      End: MAX,
    };
    const value = next[event.key];
    if (value === undefined) return;
    event.preventDefault();
    setShare(clamp(value));
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const rect = box.current?.getBoundingClientRect();
    if (rect === undefined || rect.width === 0) return;
    setShare(clamp(((event.clientX - rect.left) / rect.width) * 100));
  };
  if (end === null) return <div className={styles.pane}>{start}</div>;
  return (
    <div
      ref={box}
      className={styles.split}
      style={{ gridTemplateColumns: `minmax(0, ${share}fr) auto minmax(0, ${100 - share}fr)` }}
    >
      <div className={styles.pane}>{start}</div>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={share}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        tabIndex={0}
        className={styles.separator}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => event.currentTarget.setPointerCapture(event.pointerId)}
        onPointerMove={onPointerMove}
        data-testid="splitter"
      />
      <div className={styles.pane}>{end}</div>
    </div>
  );
}
