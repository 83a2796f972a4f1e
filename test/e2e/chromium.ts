import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The system Chromium the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. On a developer's machine without Chromium they skip
 * with a message; under CI (`CI` set) a missing Chromium fails the suite, so a green run always
 * includes the browser tests.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const missing = `${CHROMIUM} is not installed (apt-get install chromium)`;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '') {
    throw new Error(`Browser tests cannot run under CI: ${missing}.`);
  }
  console.warn(`Browser tests skipped: ${missing}.`);
  return false;
}

/** A headless Chromium with a fresh profile; `close` also removes the profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/** How a test wants the browser: `bypassCSP` tests the code itself, without the page's policy. */
export interface LaunchOptions {
  readonly bypassCSP?: boolean;
}

/** Launches headless Chromium as the tests and the benchmark use it. */
export async function launchChromium(options: LaunchOptions = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bronvast-chromium-'));
  // Playwright takes the profile folder itself (it refuses a --user-data-dir argument).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    bypassCSP: options.bypassCSP ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
