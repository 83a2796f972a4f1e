import { makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardRecord } from './dashboard-record';
import { DashboardTable } from './DashboardTable';
import { DimensionChart } from './DimensionChart';
import { summarize, type DashboardDimension } from './summarize';

const useStyles = makeStyles({
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/** Props of {@link DimensionSection}. */
export interface DimensionSectionProps {
  readonly records: readonly DashboardRecord[];
  readonly dimension: DashboardDimension;
  readonly title: string;
  readonly chartTitle: string;
  readonly label: (key: string) => string;
  readonly now: Date;
}

/** One of the dashboard's sections: the records grouped by a dimension, as a chart and a table. */
export function DimensionSection(props: DimensionSectionProps) {
  const styles = useStyles();
  const rows = summarize(props.records, props.dimension, props.now);
  return (
    <section aria-label={props.title}>
      <h3>{props.title}</h3>
      <div className={styles.figures}>
        <DimensionChart
          title={props.chartTitle}
          bars={rows.map((row) => ({ label: props.label(row.key), value: row.filed }))}
        />
        <DashboardTable caption={props.title} rows={rows} label={props.label} />
      </div>
    </section>
  );
}
