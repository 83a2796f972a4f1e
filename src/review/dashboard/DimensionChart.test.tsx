/** @jest-environment jsdom */
import { renderReview } from '../review-services.fixture';
import { DimensionChart } from './DimensionChart';

const bar = (label: string, value: number) => ({ label, value });

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
      <DimensionChart title="Per dossier: Vastgelegd" bars={[bar('A', 2)]} />,
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
        bars={[bar('BZK-2025-0113', 3), bar('BZK-2025-0021', 1)]}
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
