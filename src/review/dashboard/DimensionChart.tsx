import { ResponsiveContainer, VerticalBarChart } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';

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

/** One bar: its group's name and its height. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
}

/** Props of {@link DimensionChart}. */
export interface DimensionChartProps {
  readonly title: string;
  readonly bars: readonly ChartBar[];
}

/** A figure per group as bars, keyboard-reachable; the table beside it carries every figure. */
export function DimensionChart({ title, bars }: DimensionChartProps) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="chart">
      <ResponsiveContainer>
        <VerticalBarChart
          chartTitle={title}
          data={bars.map((bar) => ({
            x: bar.label,
            y: bar.value,
            legend: bar.label,
            color: tokens.colorBrandBackground,
          }))}
          hideLegend
        />
      </ResponsiveContainer>
    </div>
  );
}
