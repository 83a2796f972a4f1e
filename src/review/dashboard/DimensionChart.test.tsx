/** @jest-environment jsdom */
import { renderReview } from '../review-services.fixture';
import { DimensionChart } from './DimensionChart';
import type { DashboardRow } from './summarize';

const row = (key: string, filed: number): DashboardRow => ({
  key,
  filed,
  backlog: 0,
  changedShare: 0,
  completeness: 1,
  byLevel: {
    openbaar: filed,
    'deels-openbaar': 0,
    'niet-openbaar': 0,
    'reeds-openbaar': 0,
    none: 0,
  },
});

/**
 * jsdom lays nothing out. This stand-in gives an element the size its own CSS fixes (a flex
 * basis and a height in pixels), or else its nearest such ancestor's, and 0 where no box has one:
 * what a browser does for a chart in a flex row whose box shrinks to its content.
 */
function layOutFixedBoxes(): void {
  const fixedSize = (element: Element | null): DOMRect => {
    if (element === null) return DOMRect.fromRect({ width: 0, height: 0 });
    const style = getComputedStyle(element);
    if (style.flexBasis.endsWith('px') && style.height.endsWith('px'))
      return DOMRect.fromRect({
        width: parseFloat(style.flexBasis),
        height: parseFloat(style.height),
      });
    return fixedSize(element.parentElement);
  };
  jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: Element,
  ) {
    return fixedSize(this);
  });
}

// The chart measures label widths on a canvas, which jsdom does not draw.
beforeEach(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
afterEach(() => jest.restoreAllMocks());

describe('a dashboard chart', () => {
  it('has a box of its own size, so a row of sections cannot shrink it to nothing', () => {
    const { getByTestId } = renderReview(
      <DimensionChart title="Per dossier: Vastgelegd" rows={[row('A', 2)]} label={(k) => k} />,
    );
    const style = getComputedStyle(getByTestId('chart'));
    expect(parseFloat(style.minWidth)).toBeGreaterThanOrEqual(240);
    expect(parseFloat(style.height)).toBeGreaterThanOrEqual(200);
  });

  it('draws a bar for every group at the size of its box', () => {
    layOutFixedBoxes();
    const { getByTestId } = renderReview(
      <DimensionChart
        title="Per dossier: Vastgelegd"
        rows={[row('BZK-2025-0113', 3), row('BZK-2025-0021', 1)]}
        label={(k) => k}
      />,
    );
    const svg = getByTestId('chart').querySelector('svg');
    expect(Number(svg?.getAttribute('width'))).toBeGreaterThan(200);
    const bars = [...getByTestId('chart').querySelectorAll('rect')].filter(
      (bar) => Number(bar.getAttribute('width')) > 0 && Number(bar.getAttribute('height')) > 0,
    );
    expect(bars).toHaveLength(2);
    expect(svg?.getAttribute('aria-label')).toContain('Per dossier: Vastgelegd');
  });
});
