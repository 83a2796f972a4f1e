import { readFileSync } from 'node:fs';
import type { Frame, FrameLocator, Page } from 'playwright-core';

interface AxeGlobal {
  axe: {
    run(
      context: Document,
    ): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
  };
}

/** Presses Tab until the focused element in the pane is the button named `name`. */
export async function tabUntil(page: Page, pane: FrameLocator, name: string): Promise<void> {
  const target = pane.getByRole('button', { name, exact: true });
  for (let presses = 0; presses < 150; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Picks the first suggested dossier with the keyboard (arrow keys in the radio group). */
export async function chooseDossierByKeyboard(pane: FrameLocator): Promise<void> {
  const search = pane.getByRole('combobox', { name: 'Ander dossier' });
  await search.focus();
  await search.pressSequentially('BZK');
  await search.press('ArrowDown');
  await search.press('Enter');
}

/** Runs axe-core in a frame; returns the serious and critical violations as `id: count`. */
export async function runAxe(frame: Frame): Promise<string[]> {
  await frame.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return frame.evaluate(async () => {
    const result = await (globalThis as unknown as AxeGlobal).axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.length}`);
  });
}
