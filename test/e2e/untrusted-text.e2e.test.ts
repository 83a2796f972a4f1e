import type { Locator, Page } from 'playwright-core';
import { reviewPageUrl } from '../../scripts/start';
import { chromiumAvailable } from './chromium';
import { deliverToOfficer } from './record-system';
import {
  chooseDossier,
  FILE_BUTTON,
  mailRow,
  openMail,
  openWorkbench,
  paneOf,
  type WorkbenchSession,
} from './workbench-session';

const run = chromiumAvailable() ? describe : describe.skip;
/** A file name that a right-to-left override would make read as "factuurexe.pdf". */
const HOSTILE = 'Bijlage factuur\u202Efdp.exe';
const SHOWN = 'Bijlage factuur⟨U+202E⟩fdp.exe';

/**
 * Where on screen the "f" of "fdp" and the last "e" of ".exe" are drawn, left to right. With the
 * override acting, ".exe" is drawn reversed and its last "e" lands left of the "f".
 */
async function drawnOrder(element: Locator): Promise<{ f: number; e: number }> {
  return element.evaluate((root) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const at = text.indexOf('fdp.exe');
      if (at < 0) continue;
      const left = (offset: number): number => {
        const range = root.ownerDocument.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().left;
      };
      return { f: left(at), e: left(at + 'fdp.ex'.length) };
    }
    throw new Error('no text node holds fdp.exe');
  });
}

run('text from outside in Chromium', () => {
  let session: WorkbenchSession;
  let page: Page;

  beforeAll(async () => {
    session = await openWorkbench();
    ({ page } = session);
    await deliverToOfficer(session.workbench.emulator.baseUrl, { subject: HOSTILE });
    await page.reload();
    await page.getByTestId('message-list').waitFor();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows a subject with a right-to-left override as a marker, in its real order, in the pane', async () => {
    const row = mailRow(page, /factuur/);
    await expect(row.locator('[data-part=subject]').textContent()).resolves.toBe(SHOWN);
    await openMail(page, /factuur/);
    await chooseDossier(page, 'BZK-2025-0113');
    const pane = paneOf(page);
    await pane.getByRole('button', FILE_BUTTON).click();
    const listed = pane.locator('bdi', { hasText: 'fdp.exe' }).first();
    await listed.waitFor({ timeout: 60_000 });
    await expect(listed.textContent()).resolves.toBe(SHOWN);
    await expect(listed.getAttribute('dir')).resolves.toBe('auto');
    const order = await drawnOrder(listed);
    expect(order.f).toBeLessThan(order.e);
    await page.screenshot({ path: '/tmp/week-untrusted-pane.png' });
  }, 120_000);

  it('shows the same subject as a marker, in its real order, on the review page', async () => {
    const review = await page.context().newPage();
    await review.setViewportSize({ width: 1600, height: 1000 });
    await review.goto(reviewPageUrl(session.workbench.url));
    const grid = review.getByRole('grid', { name: 'Vastgelegde records' });
    await grid.waitFor({ timeout: 60_000 });
    const subject = grid.getByRole('button', { name: SHOWN });
    await subject.waitFor({ timeout: 30_000 });
    const order = await drawnOrder(subject);
    expect(order.f).toBeLessThan(order.e);
    await subject.click();
    const heading = review.getByRole('heading', { level: 2, name: SHOWN });
    await heading.waitFor();
    const headingOrder = await drawnOrder(heading);
    expect(headingOrder.f).toBeLessThan(headingOrder.e);
    await review.screenshot({ path: '/tmp/week-untrusted-review.png' });
    await review.close();
  }, 120_000);
});
