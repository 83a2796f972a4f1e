import { ResponsiveContainer, VerticalBarChart } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardRow } from './summarize';

// The chart sizes its drawing from its box: a box that shrinks to its content (a flex item
// without a basis) gives it width 0 and nothing is drawn. The box has a size of its own.
const useStyles = makeStyles({
  box: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: '360px',
    minWidth: '280px',
    maxWidth: '640px',
    height: '240px',
  },
});

/** Props of {@link DimensionChart}. */
export interface DimensionChartProps {
  readonly title: string;
  readonly rows: readonly DashboardRow[];
  readonly label: (key: string) => string;
}

/** Records filed per group as bars, keyboard-reachable; the table beside it carries every figure. */
export function DimensionChart({ title, rows, label }: DimensionChartProps) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="chart">
      <ResponsiveContainer>
        <VerticalBarChart
          chartTitle={title}
          data={rows.map((row) => ({
            x: label(row.key),
            y: row.filed,
            legend: label(row.key),
            color: tokens.colorBrandBackground,
          }))}
          hideLegend
        />
      </ResponsiveContainer>
    </div>
  );
}
