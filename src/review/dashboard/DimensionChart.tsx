import { ResponsiveContainer, VerticalBarChart } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useReviewTexts } from '../ReviewTexts';
import { useLabelOverride } from './useLabelOverride';

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

/**
 * A figure per group as bars, keyboard-reachable; the table beside it carries every figure.
 * Every bar carries its group's name below it (slanted, so long names such as kenmerken do not
 * push each other out), and every part a screen reader names is named in the page's language.
 */
export function DimensionChart({ title, bars }: DimensionChartProps) {
  const styles = useStyles();
  const t = useReviewTexts().dashboard.chart;
  const box = useRef<HTMLDivElement>(null);
  // The library names the bar group, and an all-zero chart, in English only (no prop for it).
  useLabelOverride(box, 'g[role=listbox]', t.bars(bars.length));
  useLabelOverride(box, '[role=alert]', t.noData(title));
  return (
    <div className={styles.box} data-testid="chart" ref={box}>
      <ResponsiveContainer>
        <VerticalBarChart
          chartTitle={title}
          svgProps={{ 'aria-label': t.description(title, bars.length) }}
          data={bars.map((bar) => ({
            x: bar.label,
            y: bar.value,
            legend: bar.label,
            color: tokens.colorBrandBackground,
            callOutAccessibilityData: { ariaLabel: t.bar(bar.label, bar.value) },
          }))}
          rotateXAxisLables
          hideLegend
        />
      </ResponsiveContainer>
    </div>
  );
}
