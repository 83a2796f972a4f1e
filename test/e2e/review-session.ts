import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { reviewPageUrl, startWorkbench, type RunningWorkbench } from '../../scripts/start';
import { asDossierId, asSourceId } from '../../src/core/ids';
import { dedupKey } from '../../src/core/records/dedup-key';
import type { Message } from '../../src/core/message';
import {
  contentFromText,
  createGraphClient,
  fileRecord,
  resolveSite,
  type GraphClient,
  type SiteIds,
} from '../../src/graph';
import { launchChromium, type TestBrowser } from './chromium';
import { FILE_BUTTON, openMail, paneOf } from './workbench-session';

/** The review page on a fresh record system, open in headless Chromium. */
export interface ReviewSession {
  readonly workbench: RunningWorkbench;
  readonly page: Page;
  readonly client: (user: string) => GraphClient;
  readonly site: SiteIds;
  readonly close: () => Promise<void>;
}

/**
 * Starts the workbench (emulator and build) on free ports; `prepare` runs before the page opens.
 * With `demoCoverage`, the site holds the coverage reports `npm start` gives it.
 */
export async function openReviewPage(
  prepare: (client: (user: string) => GraphClient, site: SiteIds) => Promise<void>,
  options: { readonly demoCoverage?: boolean } = {},
): Promise<ReviewSession> {
  const temp = mkdtempSync(path.join(tmpdir(), 'bronvast-review-'));
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
      ...(options.demoCoverage === true ? { demoCoverage: true } : {}),
    });
    const baseUrl = workbench.emulator.baseUrl;
    const client = (user: string) =>
      createGraphClient({ tokenProvider: () => Promise.resolve(`dev:${user}`), baseUrl });
    const resolution = await resolveSite(client('informatiebeheer@bronvast.example'), {
      hostname: 'bronvast.sharepoint.com',
      path: '/sites/informatiebeheer',
    });
    if (resolution.kind !== 'resolved') throw new Error('demo site missing');
    await prepare(client, resolution.ids);
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(reviewPageUrl(workbench.url));
    return { workbench, page, client, site: resolution.ids, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Files a mail as an officer would, with its real MIME text. */
export async function fileMail(
  client: GraphClient,
  site: SiteIds,
  mail: {
    readonly id: string;
    readonly subject: string;
    readonly body: string;
    readonly dossier: string;
  },
): Promise<void> {
  const message: Message = {
    kind: 'mail',
    id: asSourceId(mail.id),
    subject: mail.subject,
    from: { name: 'Pieter Jansen', address: 'pieter.jansen@bronvast.example' },
    to: [{ address: 'beleid@bronvast.example' }],
    cc: [],
    sent: new Date('2025-03-03T09:00:00Z'),
    received: new Date('2025-03-03T09:00:05Z'),
    bodyText: mail.body,
    headers: {},
    attachments: [],
  };
  const mime = [
    `Message-ID: <${mail.id}>`,
    `Subject: ${mail.subject}`,
    'From: Pieter Jansen <pieter.jansen@bronvast.example>',
    'To: beleid@bronvast.example',
    'Date: Mon, 03 Mar 2025 10:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    mail.body,
  ].join('\r\n');
  const dossier = asDossierId(mail.dossier);
  const result = await fileRecord(client, {
    site,
    content: contentFromText(mime),
    message,
    metadata: {
      sourceKind: 'mail',
      sourceId: message.id,
      dedupKey: dedupKey(message),
      dossier,
      wooCategory: null,
      assessment: 'openbaar',
      grounds: [],
      relevance: 0.9,
      toelichting: '',
      filedBy: 'beleid@bronvast.example',
      filedAt: new Date(),
      reviewStatus: 'te-beoordelen',
      to: ['beleid@bronvast.example'],
      cc: [],
      subject: mail.subject,
      hasAttachments: false,
      ...(message.received === undefined ? {} : { received: message.received }),
    },
    dossierFolder: dossier,
  });
  if (result.kind !== 'filed') throw new Error(`not filed: ${result.kind}`);
}

/**
 * Files a mail of the officer's mailbox through the workbench's task pane, as she would: the
 * folder, the mail, "Vastleggen", and back to the review page.
 */
export async function fileInPane(
  session: ReviewSession,
  folder: 'Postvak IN' | 'Verzonden items',
  subject: RegExp,
): Promise<void> {
  const { page } = session;
  await page.goto(session.workbench.url);
  await page.getByTestId('message-list').waitFor();
  await page
    .getByRole('navigation', { name: 'Mappen' })
    .getByRole('button', { name: folder, exact: true })
    .click();
  await openMail(page, subject);
  const file = paneOf(page).getByRole('button', FILE_BUTTON);
  await expectEnabled(file);
  await file.click();
  await paneOf(page).getByTestId('filed').waitFor({ timeout: 30_000 });
  await page.goto(reviewPageUrl(session.workbench.url));
}

async function expectEnabled(button: Locator): Promise<void> {
  for (let attempt = 0; attempt < 50 && !(await button.isEnabled()); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 200));
}
