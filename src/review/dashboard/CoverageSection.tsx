import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { coverageWeeks } from '../../graph';
import type { CoverageFigures, ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import { CoverageTable } from './CoverageTable';
import { DimensionChart } from './DimensionChart';

const useStyles = makeStyles({
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/** The coverage figures as they load: undefined until read, 'failed' when they cannot be. */
export type CoverageState = CoverageFigures | 'failed' | undefined;

/**
 * Reads the coverage figures on its own, so a failure here leaves the dashboard's other
 * sections standing.
 */
export function useCoverage(services: ReviewServices): CoverageState {
  const [figures, setFigures] = useState<CoverageState>();
  useEffect(() => {
    let live = true;
    services.coverage().then(
      (read) => live && setFigures(read),
      () => live && setFigures('failed'),
    );
    return () => {
      live = false;
    };
  }, [services]);
  return figures;
}

/** Whether the coverage reports count mail as filed (the officers' task panes report it). */
export function coverageCountsFiled(figures: CoverageState): boolean {
  return (
    figures !== undefined &&
    figures !== 'failed' &&
    figures.kind === 'figures' &&
    figures.rows.some((row) => row.filed > 0)
  );
}

/**
 * The coverage of policy-relevant mail (docs/coverage.md): per week the share filed as a chart,
 * per team and week every count in the table beside it.
 */
export function CoverageSection({ figures }: { readonly figures: CoverageState }) {
  const t = useReviewTexts().dashboard.coverage;
  return (
    <section aria-label={t.heading}>
      <h3>{t.heading}</h3>
      <CoverageBody figures={figures} />
    </section>
  );
}

function CoverageBody({ figures }: { readonly figures: CoverageState }) {
  const styles = useStyles();
  const { dashboard } = useReviewTexts();
  const t = dashboard.coverage;
  if (figures === undefined) return <Spinner label={t.loading} />;
  if (figures === 'failed')
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.failed}</MessageBarBody>
      </MessageBar>
    );
  if (figures.kind === 'list-missing' || figures.rows.length === 0)
    return (
      <Text block data-testid="coverage-empty">
        {figures.kind === 'list-missing' ? t.listMissing : t.empty}
      </Text>
    );
  const bars = coverageWeeks(figures.rows).map((week) => ({
    label: week.week,
    value: Math.round((week.filedShare ?? 0) * 100),
  }));
  return (
    <div className={styles.figures}>
      <DimensionChart title={t.chartTitle} bars={bars} />
      <CoverageTable rows={figures.rows} />
    </div>
  );
}
