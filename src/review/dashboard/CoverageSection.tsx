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

/**
 * The coverage of policy-relevant mail (docs/coverage.md): per week the share filed as a chart,
 * per team and week every count in the table beside it. Loads on its own, so a failure here
 * leaves the dashboard's other sections standing.
 */
export function CoverageSection({ services }: { readonly services: ReviewServices }) {
  const t = useReviewTexts().dashboard.coverage;
  const [figures, setFigures] = useState<CoverageFigures | 'failed'>();
  useEffect(() => {
    services.coverage().then(setFigures, () => setFigures('failed'));
  }, [services]);
  return (
    <section aria-label={t.heading}>
      <h3>{t.heading}</h3>
      <CoverageBody figures={figures} />
    </section>
  );
}

function CoverageBody({ figures }: { readonly figures: CoverageFigures | 'failed' | undefined }) {
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
