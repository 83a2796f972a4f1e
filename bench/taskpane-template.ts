/**
 * The other side of the pane bench: Microsoft's empty Office Add-in TaskPane React template
 * (OfficeDev/Office-Addin-TaskPane-React, converted for Outlook and built for production), opened
 * in the same browser as the pane, interleaved with it. The project commits no copy of the
 * template: the bench takes a built `dist/` folder from `--template DIR` or the environment
 * variable BRONVAST_PANE_TEMPLATE, and says so when neither is given.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, CDPSession, Frame, Locator, Page } from 'playwright-core';

/** How a side of the comparison is opened and what counts as shown and usable on it. */
export interface PaneSide {
  readonly page: Page;
  readonly frame: () => Frame;
  readonly url: string;
  readonly shown: string;
  readonly controls: (frame: Frame) => Locator;
  readonly cdp: CDPSession;
  readonly close: () => Promise<void>;
}

/** The built template's folder, from `--template DIR` or BRONVAST_PANE_TEMPLATE; else null. */
export function templateDirectory(argv: readonly string[] = process.argv): string | null {
  const at = argv.indexOf('--template');
  const given = (at >= 0 ? argv[at + 1] : undefined) ?? process.env['BRONVAST_PANE_TEMPLATE'];
  return given === undefined || given === '' ? null : path.resolve(given);
}

/** What the bench says when no template was given or the folder holds no built template. */
export function templateMissing(dir: string | null): string | null {
  if (dir === null)
    return 'not compared: give a built OfficeDev/Office-Addin-TaskPane-React dist/ with --template DIR or BRONVAST_PANE_TEMPLATE';
  return existsSync(path.join(dir, 'taskpane.html'))
    ? null
    : `not compared: ${dir}/taskpane.html not found (build the template for Outlook first)`;
}

/**
 * office.js for the template: Office.onReady resolves at once in Outlook, with the few members
 * of the mail item its first view reads. Only the template's page gets it (through CDP Fetch on
 * that one URL, which leaves the page's HTTP cache as it is).
 */
const OFFICE_STAND_IN = `(function () {
  var done = function (callback, value) {
    if (typeof callback === "function") callback({ status: "succeeded", value: value });
  };
  var item = { itemType: "message", subject: "Conceptrapport digitale weerbaarheid",
    body: { getAsync: function (t, o, c) { done(c || o, ""); },
            setSelectedDataAsync: function (d, o, c) { done(c || o); } } };
  window.Office = {
    HostType: { Outlook: "Outlook" }, PlatformType: { OfficeOnline: "OfficeOnline" },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { displayLanguage: "en-US", mailbox: { item: item,
      userProfile: { emailAddress: "officer@example.org", displayName: "Officer" } } },
    onReady: function (callback) {
      var ready = Promise.resolve({ host: "Outlook", platform: "OfficeOnline" });
      if (typeof callback === "function") ready.then(callback);
      return ready;
    },
    initialize: function () {},
  };
})();`;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
};

/** Serves the template's files with the headers the workbench's page server gives its own. */
async function serveFolder(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Opens the template in a frame of the pane's size on a page of its own in the same browser,
 * shown once before timing. Shown: its "Welcome" heading; usable: its "Insert text" button.
 */
export async function openTemplate(
  context: BrowserContext,
  dir: string,
  size: { width: number; height: number },
): Promise<PaneSide> {
  const server = await serveFolder(dir);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  cdp.on('Fetch.requestPaused', (event: { requestId: string }) => {
    void cdp.send('Fetch.fulfillRequest', {
      requestId: event.requestId,
      responseCode: 200,
      responseHeaders: [{ name: 'content-type', value: 'text/javascript; charset=utf-8' }],
      body: Buffer.from(OFFICE_STAND_IN).toString('base64'),
    });
  });
  await cdp.send('Fetch.enable', {
    patterns: [{ urlPattern: 'https://appsforoffice.microsoft.com/*', requestStage: 'Request' }],
  });
  await page.setContent(
    `<iframe title="pane" src="about:blank" style="border:none;width:${size.width}px;height:${size.height}px"></iframe>`,
  );
  const frame = (): Frame => {
    const found = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (found === undefined) throw new Error('template frame not found');
    return found;
  };
  const url = `${server.url}/taskpane.html`;
  const shown = '#container h1:has-text("Welcome")';
  await frame().goto(url);
  await frame().waitForSelector(shown, { timeout: 30_000 });
  return {
    page,
    frame,
    url,
    shown,
    controls: (at) => at.getByRole('button', { name: 'Insert text', exact: true }),
    cdp,
    close: server.close,
  };
}
