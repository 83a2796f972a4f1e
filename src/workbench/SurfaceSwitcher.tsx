import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { UiLanguage } from '../texts/language';
import type { WorkbenchSurface } from './workbench-surface';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalXS },
  surface: {
    color: tokens.colorNeutralForegroundOnBrand,
    borderBottom: '2px solid transparent',
    borderRadius: 0,
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
  },
  current: { borderBottomColor: tokens.colorNeutralForegroundOnBrand, fontWeight: 'bold' },
});

/** Props of {@link SurfaceSwitcher}. */
export interface SurfaceSwitcherProps {
  readonly surfaces: readonly WorkbenchSurface[];
  readonly current: string | undefined;
  readonly onChoose: (id: string) => void;
  readonly language: UiLanguage;
  readonly label: string;
}

/** The app bar's switcher: one button per surface, the open one marked as the current page. */
export function SurfaceSwitcher({
  surfaces,
  current,
  onChoose,
  language,
  label,
}: SurfaceSwitcherProps) {
  const styles = useStyles();
  return (
    <nav className={styles.bar} aria-label={label} data-testid="surface-switcher">
      {surfaces.map((surface) => (
        <Button
          key={surface.id}
          appearance="transparent"
          className={mergeClasses(styles.surface, surface.id === current && styles.current)}
          aria-current={surface.id === current ? 'page' : undefined}
          onClick={() => onChoose(surface.id)}
        >
          {surface.label[language]}
        </Button>
      ))}
    </nav>
  );
}
