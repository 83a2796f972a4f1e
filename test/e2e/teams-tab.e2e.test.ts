import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_CHANNEL, DEMO_TEAM } from '../../emulator/seed/channel';
import { startWorkbench, type RunningWorkbench } from '../../scripts/start';
import { chromiumAvailable, launchChromium, type TestBrowser } from './chromium';
import { runAxe } from './pane-keyboard';
import { eventually, RecordSystem } from './record-system';

const run = chromiumAvailable() ? describe : describe.skip;
const MANAGER = 'Bearer dev:informatiebeheer@bronvast.example';

run('the Teams tab in Chromium', () => {
  let temp: string;
  let workbench: RunningWorkbench;
  let browser: TestBrowser;
  let page: Page;
  let records: RecordSystem;

  beforeAll(async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'bronvast-teams-e2e-'));
    workbench = await startWorkbench({
      port: 0,
      emulatorPort: 0,
      emulatorDataDir: path.join(temp, 'emulator'),
      outputPath: path.join(temp, 'build'),
      watch: false,
      log: () => undefined,
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    records = new RecordSystem(() => workbench.emulator.baseUrl);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  const channelPage = () =>
    `${new URL('workbench-teams.html', workbench.url).href}?team=${DEMO_TEAM.id}&channel=${encodeURIComponent(DEMO_CHANNEL.id)}`;
  const message = (scope: Page | Locator, text: RegExp) =>
    scope.getByRole('listitem').filter({ hasText: text }).last();

  async function chatFiles(): Promise<{ name: string; text: string }[]> {
    const base = workbench.emulator.baseUrl;
    const get = async (url: string) => fetch(url, { headers: { Authorization: MANAGER } });
    const site = (await (
      await get(`${base}/sites/bronvast.sharepoint.com:/sites/informatiebeheer`)
    ).json()) as { id: string };
    const drive = (await (await get(`${base}/sites/${site.id}/lists/Records/drive`)).json()) as {
      id: string;
    };
    const folder = await get(
      `${base}/drives/${drive.id}/root:/Aanlevering/BZK-2025-0150:/children`,
    );
    if (!folder.ok) return [];
    const children = ((await folder.json()) as { value: { id: string; name: string }[] }).value;
    return Promise.all(
      children
        .filter((child) => /\.(html|json)$/.test(child.name))
        .map(async (child) => ({
          name: child.name,
          text: await (await get(`${base}/drives/${drive.id}/items/${child.id}/content`)).text(),
        })),
    );
  }

  it('hosts the tab in the workbench: the demo chat newest first, its image, system and deleted messages', async () => {
    await page.goto(new URL('?surface=teams', workbench.url).href);
    const tab = page.frameLocator('[data-testid=teams-frame]');
    await tab
      .getByText(/Besluit:/)
      .first()
      .waitFor({ timeout: 30_000 });
    await tab.getByText('Dit bericht is verwijderd.', { exact: false }).waitFor();
    await tab.getByText(/Systeembericht/).waitFor();
    await tab.locator('img[src^="blob:"]').waitFor();
    const texts = await tab.getByRole('listitem').allTextContents();
    expect(texts[0]).toMatch(/taart/);
  }, 60_000);

  it('files a channel decision with two replies as one sanitised record with its JSON source', async () => {
    await page.goto(channelPage());
    await page.getByRole('button', { name: 'Antwoorden tonen' }).first().click();
    const decision = message(page, /we verdagen Woo-verzoek 2025-117/);
    await decision.getByRole('radio', { name: 'Besluit' }).check();
    await message(page, /340 berichten/)
      .getByRole('checkbox', { name: 'Context' })
      .check();
    await message(page, /Eens, verdagen/)
      .getByRole('checkbox', { name: 'Context' })
      .check();
    await page.getByText('3 berichten gekozen').waitFor();
    const search = page.getByRole('combobox', { name: 'Ander dossier' });
    await search.click();
    await search.pressSequentially('BZK-2025-0150');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /BZK-2025-0150/ })
      .click();
    await page
      .getByRole('textbox', { name: /Toelichting/ })
      .fill('Besluit: verdagen met vier weken');
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await page.getByTestId('filed').waitFor({ timeout: 30_000 });
    await decision.getByTestId('filed-badge').waitFor();

    const files = await eventually(async () => {
      const found = await chatFiles();
      return found.length >= 2 ? found : undefined;
    });
    const html = files.find((file) => file.name.endsWith('.html'));
    expect(html?.text).toContain('we verdagen Woo-verzoek 2025-117');
    expect(html?.text).toContain('340 berichten');
    expect(html?.text).not.toMatch(/<script|\son\w+=|javascript:/i);
    const json = files.find((file) => file.name === html?.name.replace(/\.html$/, '.json'));
    expect(JSON.parse(json?.text ?? '[]')).toHaveLength(3);

    const id = await decision.getAttribute('data-message-id');
    const key = `chat:${DEMO_CHANNEL.id}/${id ?? ''}`;
    expect(await records.recordsFor(key)).toHaveLength(1);
    await page.getByRole('button', { name: /Opnieuw vastleggen/ }).click();
    await page.getByTestId('filed').waitFor();
    await page.waitForTimeout(500);
    expect(await records.recordsFor(key)).toHaveLength(1);
    expect((await chatFiles()).filter((file) => file.name.endsWith('.html'))).toHaveLength(1);
  }, 90_000);

  it('has no serious or critical accessibility violations', async () => {
    await page.goto(channelPage());
    await message(page, /dossierlijst/)
      .getByRole('radio', { name: 'Besluit' })
      .check();
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).waitFor();
    // The filed marks and the dossier list arrive after the first view: check the settled page.
    await page.waitForLoadState('networkidle');
    expect(await runAxe(page.mainFrame())).toEqual([]);
  }, 60_000);

  it('files a chat decision with the keyboard only', async () => {
    await page.goto(new URL('workbench-teams.html', workbench.url).href);
    const decision = message(page, /Sanne stuurt|stuurt de definitieve versie/);
    await decision.waitFor({ timeout: 30_000 });
    const radio = decision.getByRole('radio', { name: 'Besluit' });
    await radio.focus();
    await page.keyboard.press('Space');
    const search = page.getByRole('combobox', { name: 'Ander dossier' });
    await search.focus();
    await search.pressSequentially('BZK-2025-0150');
    await search.press('ArrowDown');
    await search.press('Enter');
    const target = page.getByRole('button', { name: /^(Vastleggen|Opnieuw vastleggen)/ });
    for (let presses = 0; presses < 200; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
        break;
      await page.keyboard.press('Tab');
    }
    expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('filed').waitFor({ timeout: 30_000 });
  }, 90_000);
});
