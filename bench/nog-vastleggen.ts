/**
 * "Nog vastleggen" benchmark: a mailbox with about 5,000 mails in the last ten weeks (the demo
 * generator at a bench's volume) in the local record system, the production build of the
 * workbench, and the pane's list opened in headless Chromium at 4x CPU throttling (as
 * bench/taskpane.ts). Timed from the click until the first mail is listed and until the title
 * says the whole period is read; also how many mails were read and listed and how many Graph
 * pages that took. Run directly (`npx tsx bench/nog-vastleggen.ts`) it prints JSON.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedWeekMailInFolder } from '../emulator/seed/seed-week-mail';
import { startWorkbench } from '../scripts/start';
import { chromiumAvailable, launchChromium } from '../test/e2e/chromium';

const CPU_THROTTLING = 4;
/** Mails per working day: about 100 over the fifty working days of ten weeks. */
const PER_DAY = 100;
const DONE = /^(\d+) berichten? nog niet vastgelegd$/;

async function measure(url: string): Promise<Record<string, unknown>> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    let pages = 0;
    page.on('request', (request) => {
      if (request.url().includes('/mailFolders/') && request.url().includes('receivedDateTime'))
        pages += 1;
    });
    await page.goto(url);
    const pane = page.frameLocator('[data-testid=pane-frame]');
    const open = pane.getByRole('button', { name: 'Nog vastleggen' });
    await open.waitFor({ timeout: 60_000 });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    const started = Date.now();
    await open.click({ timeout: 120_000 });
    await pane.getByTestId('unfiled-mail').first().waitFor({ timeout: 300_000 });
    const first = Date.now() - started;
    const title = pane.getByTestId('unfiled-title');
    await title.filter({ hasText: DONE }).waitFor({ timeout: 900_000 });
    const complete = Date.now() - started;
    const progress = (await pane.getByTestId('unfiled-progress').textContent()) ?? '';
    return {
      cpuThrottling: CPU_THROTTLING,
      firstResultsMs: first,
      completeListMs: complete,
      listed: Number(DONE.exec((await title.textContent()) ?? '')?.[1]),
      read: Number(/(\d+)/.exec(progress)?.[1]),
      graphPages: pages,
    };
  } finally {
    await browser.close();
  }
}

/** Fills a data folder with the bench mailbox, serves the production workbench, measures. */
export async function benchNogVastleggen(): Promise<Record<string, unknown>> {
  if (!chromiumAvailable()) return { browser: 'skipped: /usr/bin/chromium not installed' };
  const temp = mkdtempSync(path.join(tmpdir(), 'bronvast-bench-unfiled-'));
  const dataDir = path.join(temp, 'emulator');
  mkdirSync(dataDir, { recursive: true });
  const seedStarted = Date.now();
  await seedWeekMailInFolder(dataDir, PER_DAY);
  const seedMs = Date.now() - seedStarted;
  const workbench = await startWorkbench({
    port: 0,
    emulatorPort: 0,
    emulatorDataDir: dataDir,
    mode: 'production',
    outputPath: path.join(temp, 'build'),
    watch: false,
    log: () => undefined,
  });
  try {
    return { seedMs, ...(await measure(workbench.url)) };
  } finally {
    await workbench.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchNogVastleggen().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
