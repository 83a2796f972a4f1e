import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReviewServices } from '../review-services';
import { useReviewTexts } from '../ReviewTexts';
import type { DashboardRecord } from './dashboard-record';
import { DashboardTable } from './DashboardTable';
import { DimensionChart } from './DimensionChart';
import { summarize, UNKNOWN_KEY, type DashboardDimension } from './summarize';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/** The compliance dashboard: per dossier, team and week, a chart with its table beside it. */
export function DashboardView({
  services,
  now = new Date(),
}: {
  readonly services: ReviewServices;
  readonly now?: Date;
}) {
  const texts = useReviewTexts();
  const styles = useStyles();
  const [records, setRecords] = useState<readonly DashboardRecord[] | 'failed'>();
  useEffect(() => {
    services.dashboard().then(setRecords, () => setRecords('failed'));
  }, [services]);
  if (records === undefined) return <Spinner label={texts.dashboard.loading} />;
  if (records === 'failed')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{texts.errors.load}</MessageBarBody>
      </MessageBar>
    );
  const label = (key: string) => (key === UNKNOWN_KEY ? texts.dashboard.unknown : key);
  const dimensions: [DashboardDimension, string][] = [
    ['dossier', texts.dashboard.byDossier],
    ['team', texts.dashboard.byTeam],
    ['week', texts.dashboard.byWeek],
  ];
  return (
    <div>
      <h2>{texts.dashboard.heading}</h2>
      {dimensions.map(([dimension, title]) => {
        const rows = summarize(records, dimension, now);
        return (
          <section key={dimension} aria-label={title}>
            <h3>{title}</h3>
            <div className={styles.section}>
              <DimensionChart
                title={`${title}: ${texts.dashboard.filed}`}
                rows={rows}
                label={label}
              />
              <DashboardTable caption={title} rows={rows} label={label} />
            </div>
          </section>
        );
      })}
    </div>
  );
}
