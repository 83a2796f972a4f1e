import { makeStyles } from '@fluentui/react-components';
import type { UiLanguage } from '../texts/language';
import { FrameHost } from './FrameHost';
import type { WorkbenchSurface } from './workbench-surface';

const useStyles = makeStyles({ surface: { display: 'flex', flexGrow: 1, minWidth: 0 } });

/** Props of {@link FrameSurface}. */
export interface FrameSurfaceProps {
  readonly id: string;
  readonly src: string;
  readonly title: string;
}

/** A surface that is its own page, in a frame filling the workbench below the app bar. */
export function FrameSurface({ id, src, title }: FrameSurfaceProps) {
  const styles = useStyles();
  return (
    <div className={styles.surface} data-region={id}>
      <FrameHost src={src} title={title} testId={`${id}-frame`} />
    </div>
  );
}

/** What a frame surface needs: its id, its label, and the page webpack builds for it. */
export interface FramePage {
  readonly id: string;
  readonly label: Readonly<Record<UiLanguage, string>>;
  /** The page in the workbench build, e.g. `workbench-teams.html`; gets `?lang=`. */
  readonly page: string;
}

/**
 * A registry entry for a surface that runs as its own page (a Teams tab, the review page):
 * `frameSurface({ id: 'teams', label: { nl: 'Teams', en: 'Teams' }, page: 'workbench-teams.html' })`.
 * The frame reaches the workbench through `window.parent.bronvastWorkbench` (bridge.ts) and
 * calls `forwardRegionKeys` (frame-keys.ts) so F6 leaves it.
 */
export function frameSurface({ id, label, page }: FramePage): WorkbenchSurface {
  return {
    id,
    label,
    render: ({ state, language }) => (
      <FrameSurface
        id={id}
        src={`${page}?lang=${encodeURIComponent(state.displayLanguage)}`}
        title={label[language]}
      />
    ),
  };
}
