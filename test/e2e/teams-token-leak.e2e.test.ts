import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_CHAT } from '../../emulator/seed/chat';
import { startWorkbench, type RunningWorkbench } from '../../scripts/start';
import { chromiumAvailable, launchChromium, type TestBrowser } from './chromium';
import { eventually } from './record-system';

const run = chromiumAvailable() ? describe : describe.skip;
const MANAGER = 'Bearer dev:informatiebeheer@bronvast.example';

/** Stands in for "the outside": logs every request and answers as permissively as it can. */
function startListener(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    seen.push(
      `${request.method ?? ''} ${request.url ?? ''} ${request.headers.authorization ?? ''}`,
    );
    response.writeHead(204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'authorization, content-type, *',
    });
    response.end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, seen }),
    ),
  );
}

run('a chat message with images from elsewhere, with the page CSP bypassed', () => {
  let temp: string;
  let workbench: RunningWorkbench;
  let browser: TestBrowser;
  let page: Page;
  let listener: Awaited<ReturnType<typeof startListener>>;
  const requests: { url: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'bronvast-leak-e2e-'));
    listener = await startListener();
    workbench = await startWorkbench({
      port: 0,
      emulatorPort: 0,
      emulatorDataDir: path.join(temp, 'emulator'),
      outputPath: path.join(temp, 'build'),
      watch: false,
      log: () => undefined,
    });
    browser = await launchChromium({ bypassCSP: true });
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    page.on('request', (request) =>
      requests.push({ url: request.url(), authorization: request.headers()['authorization'] }),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
    await new Promise((resolve) => listener?.server.close(resolve));
    rmSync(temp, { recursive: true, force: true });
  });

  it('sends no request, and no token, anywhere but Graph paths of the message itself; the record keeps none of them', async () => {
    const emulator = new URL(workbench.emulator.baseUrl);
    const outside = `http://127.0.0.1:${listener.port}`;
    const html = [
      '<p>Grafiek van de monitor, zie bijlage.</p>',
      `<img alt="C21" src="${outside}/C21/hostedContents/abc/$value">`,
      `<img alt="C22" src="${workbench.emulator.baseUrl}/me/messages?x=/hostedContents/1/$value">`,
      `<img alt="C24" src="${emulator.origin}/v1.0/me/mailFolders/inbox/messages?y=/hostedContents/2/$value">`,
      `<a href="${outside}/C45"><img alt="C45" src="${outside}/C45i/hostedContents/1/$value"></a>`,
      '<img alt="C61" src="../../hostedContents/1/$value">',
    ].join('');
    const posted = await fetch(
      `${workbench.emulator.baseUrl}/chats/${encodeURIComponent(DEMO_CHAT.id)}/messages`,
      {
        method: 'POST',
        headers: { Authorization: MANAGER, 'Content-Type': 'application/json' },
        body: JSON.stringify({ body: { contentType: 'html', content: html } }),
      },
    );
    expect(posted.status).toBe(201);

    await page.goto(new URL('workbench-teams.html', workbench.url).href);
    const message = page.getByRole('listitem').filter({ hasText: /Grafiek van de monitor/ });
    await message.waitFor({ timeout: 30_000 });
    await message.getByText('[C21]').waitFor();
    await message.getByRole('radio', { name: 'Besluit' }).check();
    const search = page.getByRole('combobox', { name: 'Ander dossier' });
    await search.click();
    await search.pressSequentially('BZK-2025-0150');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /BZK-2025-0150/ })
      .click();
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await page.getByTestId('filed').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);

    expect(listener.seen).toEqual([]);
    const leaving = requests.filter((request) => {
      const url = new URL(request.url);
      if (url.port === String(listener.port)) return true;
      if (url.port !== emulator.port) return false;
      return (
        /\/me\/|mailFolders|^\/hostedContents/.test(url.pathname) ||
        !url.pathname.startsWith('/v1.0/')
      );
    });
    expect(leaving).toEqual([]);
    const record = await eventually(async () => {
      const found = await chatRecordHtml(workbench.emulator.baseUrl);
      return found.find((text) => text.includes('Grafiek van de monitor'));
    });
    expect(record).not.toContain(String(listener.port));
    expect(record).not.toContain('hostedContents');
    expect(record).toContain('[C21]');
  }, 120_000);
});

async function chatRecordHtml(base: string): Promise<string[]> {
  const get = (url: string) =>
    fetch(url, {
      headers: {
        Authorization: MANAGER,
        Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
      },
    });
  const site = (await (
    await get(`${base}/sites/bronvast.sharepoint.com:/sites/informatiebeheer`)
  ).json()) as { id: string };
  const items = (await (
    await get(
      `${base}/sites/${site.id}/lists/Records/items?$expand=fields&$filter=fields/BronvastSourceKind eq 'chat'`,
    )
  ).json()) as { value?: { id: string }[] };
  return Promise.all(
    (items.value ?? []).map(async (item) => {
      const file = (await (
        await get(`${base}/sites/${site.id}/lists/Records/items/${item.id}/driveItem`)
      ).json()) as { id: string; parentReference?: { driveId?: string } };
      const drive = file.parentReference?.driveId ?? '';
      return (await get(`${base}/drives/${drive}/items/${file.id}/content`)).text();
    }),
  );
}
