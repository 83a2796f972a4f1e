import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { cycleRegion, REGION_ATTRIBUTE, regionStep } from './regions';
import { SurfaceSwitcher } from './SurfaceSwitcher';
import { surfaceById } from './surfaces';
import type { SurfaceContext, WorkbenchSurface } from './workbench-surface';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `0 ${tokens.spacingHorizontalM}`,
    minHeight: '48px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, whiteSpace: 'nowrap' },
  intro: {
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  surface: { flexGrow: 1, minHeight: 0, minWidth: 0, display: 'flex' },
});

/** Props of {@link WorkbenchPage}. */
export interface WorkbenchPageProps {
  readonly context: SurfaceContext;
  readonly surfaces: readonly WorkbenchSurface[];
  /** The surface to open with (the `?surface=` value). */
  readonly initial: string | null;
}

/** The workbench: an app bar with one tab per surface, and the chosen surface below it. */
export function WorkbenchPage({ context, surfaces, initial }: WorkbenchPageProps) {
  const styles = useStyles();
  const page = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState(() => surfaceById(surfaces, initial)?.id ?? '');
  const surface = surfaceById(surfaces, chosen);
  const { state, texts, language } = context;
  useEffect(() => {
    const step = (direction: 1 | -1): void =>
      void (page.current && cycleRegion(page.current, direction));
    state.onRegionStep(step);
    const onKey = (event: KeyboardEvent): void => {
      const direction = regionStep(event);
      if (direction === null) return;
      event.preventDefault();
      step(direction);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);
  const choose = (id: string): void => {
    setChosen(id);
    const url = new URL(globalThis.location.href);
    url.searchParams.set('surface', id);
    globalThis.history.replaceState(null, '', url);
  };
  return (
    <div className={styles.page} ref={page}>
      <header className={styles.bar} {...{ [REGION_ATTRIBUTE]: 'app-bar' }}>
        <h1 className={styles.title}>{texts.title}</h1>
        <SurfaceSwitcher
          surfaces={surfaces}
          current={surface?.id}
          onChoose={choose}
          language={language}
          label={texts.surfaces}
        />
        <span className={styles.intro}>{texts.intro}</span>
      </header>
      <div className={styles.surface}>{surface?.render(context)}</div>
    </div>
  );
}
