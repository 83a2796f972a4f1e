import type { Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { runAxe } from './pane-keyboard';
import { deliverToOfficer, eventually } from './record-system';
import {
  FILE_BUTTON,
  mailIdOf,
  mailRow,
  openMail,
  openWorkbench,
  paneOf,
  type WorkbenchSession,
} from './workbench-session';

const run = chromiumAvailable() ? describe : describe.skip;

/** Which region holds the focus: the `data-region` around the page's active element. */
const focusedRegion = (page: Page): Promise<string | null> =>
  page.evaluate(
    () => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null,
  );

/** Takes the focus off whatever holds it, as on a freshly loaded page. */
const resetFocus = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });

/** Whether the pane's button named `name` has the focus. */
const paneButtonFocused = (page: Page, name: string): Promise<boolean> =>
  paneOf(page)
    .getByRole('button', { name, exact: true })
    .evaluate((element) => element === element.ownerDocument.activeElement);

run('the workbench as Outlook on the web, in Chromium', () => {
  let session: WorkbenchSession;
  let page: Page;

  beforeAll(async () => {
    session = await openWorkbench();
    ({ page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('cycles the regions with F6 and Shift+F6, out of the task pane too', async () => {
    await resetFocus(page);
    const forward: (string | null)[] = [];
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('F6');
      forward.push(await focusedRegion(page));
    }
    expect(forward).toEqual(['app-bar', 'folders', 'messages', 'reading', 'task-pane', 'app-bar']);
    await page.keyboard.press('Shift+F6');
    expect(await focusedRegion(page)).toBe('task-pane');
    await page.keyboard.press('Shift+F6');
    expect(await focusedRegion(page)).toBe('reading');
  }, 60_000);

  it('makes the mail list one tab stop that arrow keys move through', async () => {
    await resetFocus(page);
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('F6');
    const rows = mailRow(page, /./);
    expect(await rows.evaluateAll((all) => all.filter((row) => row.tabIndex === 0).length)).toBe(1);
    const focusedIndex = () =>
      rows.evaluateAll((all) => all.findIndex((row) => row === document.activeElement));
    await page.keyboard.press('Home');
    expect(await focusedIndex()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedIndex()).toBe(2);
    await page.keyboard.press('End');
    expect(await focusedIndex()).toBe((await rows.count()) - 1);
    await page.keyboard.press('Tab');
    expect(await focusedIndex()).toBe(-1);
    expect(await focusedRegion(page)).not.toBe('messages');
  }, 60_000);

  it('reaches "Vastleggen" for a mail in a handful of key presses and files it', async () => {
    const subject = /Aanvullende gegevens bij mijn Woo-verzoek/;
    const rows = mailRow(page, /./);
    const target = await rows.evaluateAll(
      (all, source) => all.findIndex((row) => new RegExp(source).test(row.textContent ?? '')),
      subject.source,
    );
    await resetFocus(page);
    let presses = 0;
    const press = async (key: string): Promise<void> => {
      presses += 1;
      await page.keyboard.press(key);
    };
    for (let step = 0; step < 3; step += 1) await press('F6');
    await press('Home');
    for (let step = 0; step < target; step += 1) await press('ArrowDown');
    await press('Enter');
    const fileButton = paneOf(page).getByRole('button', FILE_BUTTON);
    await fileButton.waitFor();
    await eventually(async () => ((await fileButton.isEnabled()) ? true : undefined));
    const toList = presses;
    await press('F6');
    await press('F6');
    while (!(await paneButtonFocused(page, 'Vastleggen')) && presses < toList + 40) {
      await press('Tab');
    }
    const fromList = presses - toList;
    console.info(`Vastleggen reached: ${presses} presses, ${fromList} after opening the mail`);
    expect(await paneButtonFocused(page, 'Vastleggen')).toBe(true);
    expect(fromList).toBeLessThanOrEqual(10);
    await page.keyboard.press('Enter');
    await paneOf(page).getByTestId('filed').waitFor({ timeout: 30_000 });
    // The list shows the mail as filed without a reload.
    await mailRow(page, subject).and(page.locator('[data-filed=true]')).waitFor();
    expect(await mailRow(page, subject).locator('[data-part=filed]').textContent()).toBe(
      'Vastgelegd',
    );
  }, 90_000);

  it('marks an unread mail read when it is opened, in the record system too', async () => {
    const subject = /Uw wachtwoord verloopt/;
    expect(await mailRow(page, subject).getAttribute('data-unread')).toBe('true');
    await openMail(page, subject);
    await mailRow(page, subject).and(page.locator('[data-unread=false]')).waitFor();
    expect(await session.records.isRead(await mailIdOf(page, subject))).toBe(true);
  }, 60_000);

  it('keeps a 300-character subject on one line without pushing the columns off screen', async () => {
    const long =
      `Zienswijze ${'op het ontwerpbesluit over de herinrichting van het stationsgebied '.repeat(5)}`.slice(
        0,
        300,
      );
    await deliverToOfficer(session.workbench.emulator.baseUrl, { subject: long });
    await deliverToOfficer(session.workbench.emulator.baseUrl, { subject: '' });
    const row = mailRow(page, /^Zienswijze op het ontwerpbesluit/);
    await row.waitFor({ timeout: 15_000 });
    const widths = await page.evaluate(() => {
      const list = document.querySelector('[data-region=messages]');
      const root = document.documentElement;
      return {
        page: root.scrollWidth - root.clientWidth,
        list: list === null ? -1 : list.scrollWidth - list.clientWidth,
        pane: document.querySelector('[data-testid=pane-frame]')?.getBoundingClientRect().right,
      };
    });
    expect(widths.page).toBe(0);
    expect(widths.list).toBe(0);
    expect(widths.pane).toBeLessThanOrEqual(1600);
    const subjectBox = await row.locator('[data-part=subject]').boundingBox();
    const rowBox = await row.boundingBox();
    expect(subjectBox && rowBox && subjectBox.x + subjectBox.width).toBeLessThanOrEqual(
      (rowBox?.x ?? 0) + (rowBox?.width ?? 0),
    );
    const empty = mailRow(page, /^\(geen onderwerp\)$/);
    await empty.waitFor();
    await empty.click();
    await page
      .getByTestId('reading-view')
      .getByRole('heading', { name: '(geen onderwerp)' })
      .waitFor();
  }, 60_000);

  it('shows filed records with Dutch assessment labels and links that open a new window', async () => {
    const records = page.getByTestId('records');
    await records.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const cells = await records.locator('[data-part=assessment]').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells)
      expect(cell).toMatch(/^(Openbaar|Deels openbaar|Niet openbaar|Reeds openbaar)$/);
    const link = records.getByRole('link').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toMatch(/\bnoopener\b/);
  }, 60_000);

  it('has no serious or critical accessibility violations with marks, long and empty subjects', async () => {
    expect(await runAxe(page.mainFrame())).toEqual([]);
  }, 60_000);
});
