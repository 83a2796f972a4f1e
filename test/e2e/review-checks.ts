import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

/** axe-core's serious and critical violations on the page, with the elements they concern. */
export async function runAxe(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = Reflect.get(globalThis, 'axe') as { run(context: unknown): Promise<AxeResult> };
    // Fluent's focus guards (Tabster's dummy elements) are aria-hidden and focusable by design:
    // they hand focus straight on and are never read out.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`,
      );
  });
}

/** A locator's box on screen; fails when it has none. */
export async function box(locator: Locator): Promise<{ width: number; height: number }> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('not on screen');
  return found;
}

/**
 * Every chart of the dashboard is drawn at a size one can see, with its bars: the three of the
 * records, and the coverage's fourth where the site holds coverage reports.
 */
export async function expectChartsDrawn(page: Page, count: 3 | 4 = 3): Promise<void> {
  const charts = page.getByTestId('chart');
  expect(await charts.count()).toBe(count);
  for (const chart of await charts.all()) {
    const drawing = await box(chart.locator('svg').first());
    expect(drawing.width).toBeGreaterThanOrEqual(240);
    expect(drawing.height).toBeGreaterThanOrEqual(160);
    const bars = await chart.locator('rect').evaluateAll(
      (rects) =>
        rects.filter((rect) => {
          const { width, height } = rect.getBoundingClientRect();
          return width > 2 && height > 2;
        }).length,
    );
    expect(bars).toBeGreaterThan(0);
  }
}

/** Waits until a locator's attribute reads the value, as the page re-renders after a key press. */
export async function attributeBecomes(
  locator: Locator,
  name: string,
  value: string,
): Promise<void> {
  await locator
    .page()
    .waitForFunction(
      ([element, attribute, expected]) => element?.getAttribute(attribute) === expected,
      [await locator.elementHandle(), name, value] as const,
    );
}

/** What a screen reader hears of a chart: every accessible name inside it, in document order. */
export async function chartSpeech(chart: Locator): Promise<string[]> {
  return chart
    .locator('[aria-label]')
    .evaluateAll((elements) =>
      elements.flatMap((element) =>
        element.getAttribute('aria-hidden') === 'true'
          ? []
          : [element.getAttribute('aria-label') ?? ''],
      ),
    );
}

/** The names written under a chart's bars that one can see (drawn, with a box of their own). */
export async function visibleAxisLabels(chart: Locator): Promise<string[]> {
  return chart.locator('svg g[id^=xAxisGElement] text').evaluateAll((texts) =>
    texts.flatMap((text) => {
      const { width, height } = text.getBoundingClientRect();
      const style = getComputedStyle(text);
      const seen =
        width > 0 && height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
      return seen ? [text.textContent ?? ''] : [];
    }),
  );
}
