import { VerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { DashboardRow } from './summarize';

/** Props of {@link DimensionChart}. */
export interface DimensionChartProps {
  readonly title: string;
  readonly rows: readonly DashboardRow[];
  readonly label: (key: string) => string;
}

/** Records filed per group as bars, keyboard-reachable; the table beside it carries every figure. */
export function DimensionChart({ title, rows, label }: DimensionChartProps) {
  return (
    <div data-testid="chart">
      <VerticalBarChart
        chartTitle={title}
        data={rows.map((row) => ({
          x: label(row.key),
          y: row.filed,
          legend: label(row.key),
          color: tokens.colorBrandBackground,
        }))}
        height={220}
        width={420}
        hideLegend
      />
    </div>
  );
}
