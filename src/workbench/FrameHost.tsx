import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  frame: { border: 'none', width: '100%', height: '100%' },
  hidden: { display: 'none' },
});

/** Props of {@link FrameHost}. */
export interface FrameHostProps {
  readonly src: string;
  readonly title: string;
  readonly hidden?: boolean;
  /** Default `pane-frame` (`commands-frame` when hidden). */
  readonly testId?: string;
}

/** A frame for a surface the workbench hosts: the task pane, or the hidden commands runtime. */
export function FrameHost({ src, title, hidden = false, testId }: FrameHostProps) {
  const styles = useStyles();
  return (
    <iframe
      className={hidden ? styles.hidden : styles.frame}
      src={src}
      title={title}
      aria-hidden={hidden}
      tabIndex={hidden ? -1 : 0}
      data-testid={testId ?? (hidden ? 'commands-frame' : 'pane-frame')}
    />
  );
}
