import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { startWorkbench, type RunningWorkbench } from '../../scripts/start';
import { launchChromium, type TestBrowser } from './chromium';
import { RecordSystem } from './record-system';

/** The pane's button that files the open mail. */
export const FILE_BUTTON = { name: 'Vastleggen', exact: true } as const;

/** A workbench on free ports with its own record system, open in headless Chromium. */
export interface WorkbenchSession {
  readonly workbench: RunningWorkbench;
  readonly page: Page;
  readonly records: RecordSystem;
  readonly close: () => Promise<void>;
}

/** Starts the workbench on fresh emulator data and opens its mailbox page. */
export async function openWorkbench(
  options: { readonly demoWeeks?: boolean } = {},
): Promise<WorkbenchSession> {
  const temp = mkdtempSync(path.join(tmpdir(), 'bronvast-e2e-'));
  let workbench: RunningWorkbench | undefined;
  let browser: TestBrowser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await workbench?.close();
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    workbench = await startWorkbench({
      port: 0,
      emulatorPort: 0,
      emulatorDataDir: path.join(temp, 'emulator'),
      outputPath: path.join(temp, 'build'),
      watch: false,
      log: () => undefined,
      ...(options.demoWeeks === true ? { demoWeeks: true } : {}),
    });
    const running = workbench;
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(running.url);
    await page.getByTestId('message-list').waitFor();
    const records = new RecordSystem(() => running.emulator.baseUrl);
    return { workbench: running, page, records, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The task pane's frame in the workbench page. */
export const paneOf = (page: Page): FrameLocator => page.frameLocator('[data-testid=pane-frame]');

/** The row of the mail list whose subject matches `subject`. */
export const mailRow = (page: Page, subject: RegExp): Locator =>
  page
    .getByTestId('message-list')
    .getByRole('option')
    .filter({ has: page.locator('[data-part=subject]', { hasText: subject }) });

/** The mailbox id of the listed mail whose row matches `subject`. */
export async function mailIdOf(page: Page, subject: RegExp): Promise<string> {
  return (await mailRow(page, subject).getAttribute('data-mail-id')) ?? '';
}

/** Adds a listed mail to the selection with its check box, as in Outlook on the web. */
export async function selectMail(page: Page, subject: RegExp): Promise<void> {
  await mailRow(page, subject).locator('[data-part=check]').click();
}

/** Opens a listed mail and waits until the pane offers to file it. */
export async function openMail(page: Page, subject: RegExp): Promise<void> {
  await mailRow(page, subject).click();
  const pane = paneOf(page);
  await pane
    .getByRole('button', FILE_BUTTON)
    .or(pane.getByRole('button', { name: 'Opnieuw vastleggen' }))
    .waitFor();
}

/** Searches the pane's dossier combobox for a kenmerk and picks the matching dossier. */
export async function chooseDossier(
  page: Page,
  kenmerk: string,
  label = 'Ander dossier',
): Promise<void> {
  const pane = paneOf(page);
  const search = pane.getByRole('combobox', { name: label });
  await search.click();
  await search.pressSequentially(kenmerk);
  await pane
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(kenmerk) })
    .click();
}
