/**
 * Teams tab benchmark: the time from opening the tab to the first messages on screen, in
 * headless Chromium at 4x CPU throttling (median over several openings), on the first page of a
 * 5,000-message chat; and the requests to file a decision with 20 context messages.
 * Run: npm run bench -- --only teams
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LARGE_CHAT_ID } from '../emulator/seed/large-chat';
import { addLargeChat } from '../emulator/testing/large-chat';
import { startWorkbench } from '../scripts/start';
import { chromiumAvailable, launchChromium } from '../test/e2e/chromium';
import { countChatFilingRequests } from './teams-requests';

const CPU_THROTTLING = 4;
const RUNS = 7;
const MESSAGES = 5000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function timeToMessages(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.waitForTimeout(300);
  const started = Date.now();
  await page.goto(url);
  await page
    .getByRole('listitem')
    .filter({ hasText: `(${MESSAGES})` })
    .waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

async function measureTab(url: string): Promise<Record<string, unknown>> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await timeToMessages(page, url);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await timeToMessages(page, url));
    const shown = await page.getByRole('listitem').count();
    return {
      cpuThrottling: CPU_THROTTLING,
      messagesShownMs: { median: median(runs), runs },
      itemsOnFirstPage: shown,
      targetMs: 500,
    };
  } finally {
    await browser.close();
  }
}

/** Builds for production, serves the workbench over a record system with a 5,000-message chat. */
export async function benchTeams(): Promise<Record<string, unknown>> {
  const temp = mkdtempSync(path.join(tmpdir(), 'bronvast-bench-teams-'));
  const emulatorDataDir = path.join(temp, 'emulator');
  await addLargeChat(emulatorDataDir, MESSAGES);
  const workbench = await startWorkbench({
    port: 0,
    emulatorPort: 0,
    emulatorDataDir,
    mode: 'production',
    outputPath: path.join(temp, 'build'),
    watch: false,
    log: () => undefined,
  });
  try {
    const requests = await countChatFilingRequests(workbench.emulator.baseUrl, LARGE_CHAT_ID);
    if (!chromiumAvailable())
      return { requests, browser: 'skipped: /usr/bin/chromium not installed' };
    const url = `${new URL('workbench-teams.html', workbench.url).href}?chat=${encodeURIComponent(LARGE_CHAT_ID)}`;
    return { chatMessages: MESSAGES, ...(await measureTab(url)), filing: requests };
  } finally {
    await workbench.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
