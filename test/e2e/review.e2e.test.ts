import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { asDossierId, asRecordId } from '../../src/core/ids';
import { getReviewItem, listAuditTrail, queryReviewQueue } from '../../src/graph';
import { fileHostileMail, fileMailWithAttachments } from '../integration/exports/filed-records';
import { readAsPlatform } from '../woo-platform/inventory-reader';
import { validateAgainst, type SchemaName } from '../xsd/validate-xml';
import { chromiumAvailable } from './chromium';
import { chartSpeech, expectChartsDrawn, runAxe, visibleAxisLabels } from './review-checks';

import { fileMail, openReviewPage, type ReviewSession } from './review-session';

const run = chromiumAvailable() ? describe : describe.skip;
const OFFICER = 'beleid@bronvast.example';
const MANAGER = 'informatiebeheer@bronvast.example';
const DOSSIER = 'BZK-2025-0113';
const OTHER = 'BZK-2025-0021';

run('the review page in Chromium', () => {
  let session: ReviewSession;
  let page: Page;

  beforeAll(async () => {
    session = await openReviewPage(
      async (client, site) => {
        const officer = client(OFFICER);
        await fileMail(officer, site, {
          id: 'nota-1@bronvast.example',
          subject: 'Nota over de subsidieregeling',
          body: 'Hierbij de nota met het besluit over de subsidieregeling.\r\n\r\nGroet, Pieter',
          dossier: DOSSIER,
        });
        await fileMail(officer, site, {
          id: 'lunch-2@bronvast.example',
          subject: 'Lunch vrijdag',
          body: 'Zullen we vrijdag samen lunchen?',
          dossier: DOSSIER,
        });
      },
      { demoCoverage: true },
    );
    page = session.page;
    await page.getByRole('grid', { name: 'Vastgelegde records' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Lunch vrijdag' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  const rowCheckbox = (subject: string) => page.getByRole('checkbox', { name: subject });
  /** The actions on the ticked records (the open record has actions of its own). */
  const selection = () => page.getByRole('toolbar', { name: /geselecteerd$/ });

  it('accepts one record and rejects the other with a reason', async () => {
    await rowCheckbox('Nota over de subsidieregeling').click();
    await selection().getByRole('button', { name: 'Accepteren' }).click();
    await page.getByText('1 record bijgewerkt.').waitFor();
    await rowCheckbox('Lunch vrijdag').click();
    await selection().getByRole('button', { name: 'Afwijzen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await dialog.getByText('Geef een reden op.').waitFor();
    await dialog.getByRole('textbox', { name: /Reden van afwijzen/ }).fill('Geen beleidsstuk');
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('1 record bijgewerkt.').waitFor();
    const manager = session.client(MANAGER);
    const all = await queryReviewQueue(manager, session.site, {});
    const status = (subject: string) =>
      all.items.find((item) => item.record.metadata?.subject === subject)?.record.metadata
        ?.reviewStatus;
    expect(status('Nota over de subsidieregeling')).toBe('geaccepteerd');
    expect(status('Lunch vrijdag')).toBe('afgewezen');
    const lunch = all.items.find((item) => item.record.metadata?.subject === 'Lunch vrijdag');
    const trail = await listAuditTrail(
      manager,
      session.site,
      lunch?.record.metadata?.dedupKey ?? '',
      lunch?.record.id ?? asRecordId(''),
    );
    expect(trail.map((event) => [event.action, event.author?.address])).toContainEqual([
      'rejected',
      MANAGER,
    ]);
  }, 60_000);

  it('shows a record with its status, reasons, content, version history and audit trail', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByRole('button', { name: 'Lunch vrijdag' }).click();
    const detail = page.getByRole('region', { name: 'Record' });
    await detail
      .getByTestId('audit')
      .getByText(/Afgewezen · Marloes Bakker \(informatiebeheer@bronvast\.example\)/)
      .waitFor();
    await detail.getByText(/Reden: Geen beleidsstuk/).waitFor();
    await detail.getByTestId('versions').getByText('Status: Te beoordelen → Afgewezen').waitFor();
    await detail
      .getByTestId('record-text')
      .getByText(/samen lunchen/)
      .waitFor();
    await detail.getByText('Beleidsrelevantie').first().waitFor();
    await detail.getByRole('link', { name: /Bestand downloaden/ }).waitFor();
    expect(await runAxe(page)).toEqual([]);
  }, 60_000);

  it('moves a record: its file goes to the other dossier’s folder', async () => {
    await rowCheckbox('Nota over de subsidieregeling').click();
    await selection().getByRole('button', { name: 'Verplaatsen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /Naar dossier/ }).selectOption(OTHER);
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('1 record bijgewerkt.').waitFor();
    const manager = session.client(MANAGER);
    const moved = await eventually(() =>
      queryReviewQueue(manager, session.site, { dossier: asDossierId(OTHER) }),
    );
    expect(moved.items.map((item) => item.record.metadata?.subject)).toEqual([
      'Nota over de subsidieregeling',
    ]);
    const item = await getReviewItem(
      manager,
      session.site,
      asRecordId(moved.items[0]?.record.id ?? ''),
    );
    // Every decision leaves the intake area: the file is in the other dossier's records folder.
    expect(item?.record.webUrl).toContain(`/Archief/${OTHER}/`);
  }, 60_000);

  it('works with the keyboard only: select with Space, act with Enter', async () => {
    await page.getByRole('button', { name: 'Toepassen' }).focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('row', { name: /Lunch vrijdag/ });
    await row.waitFor();
    const inRow = () => row.evaluate((element) => element.contains(document.activeElement));
    const mark = () =>
      page.evaluate(() => {
        for (const marked of document.querySelectorAll('[data-was]'))
          marked.removeAttribute('data-was');
        document.activeElement?.setAttribute('data-was', '');
      });
    const stayed = () => page.evaluate(() => document.activeElement?.hasAttribute('data-was'));
    // The grid remembers the row it last had the focus on: down to the last row, then up.
    let direction = 'ArrowDown';
    for (let presses = 0; presses < 60 && !(await inRow()); presses++) {
      const inGrid = await page
        .getByRole('grid')
        .evaluate((element) => element.contains(document.activeElement));
      await mark();
      await page.keyboard.press(inGrid ? direction : 'Tab');
      if (inGrid && (await stayed())) direction = 'ArrowUp';
    }
    expect(await inRow()).toBe(true);
    await page.keyboard.press('Space');
    await page.getByText('1 record geselecteerd').waitFor();
    const accept = selection().getByRole('button', { name: 'Accepteren' });
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.getByText('1 record bijgewerkt.').waitFor();
  }, 60_000);

  const download = async (name: RegExp) => {
    const link = page.getByRole('link', { name });
    await link.waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };

  const zipDocuments = async (bytes: Buffer) => {
    const zip = await JSZip.loadAsync(bytes);
    return Promise.all(
      Object.values(zip.files).map(async (file) => ({
        name: file.name,
        xml: await file.async('string'),
      })),
    );
  };

  it('exports the loaded records as a Woo inventory list the platform reads row by row', async () => {
    const officer = session.client(OFFICER);
    await fileMailWithAttachments(officer, session.site);
    await fileHostileMail(officer, session.site);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByRole('button', { name: 'Advies subsidieregeling met bijlagen' }).waitFor();
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const file = await download(/Inventarislijst downloaden \(\d+ regels\)/);
    expect(file.name).toBe('inventarislijst.xlsx');
    await page.getByText(/nog niet beoordeeld en staan als “Niet openbaar” vermeld/).waitFor();
    const rows = await readAsPlatform(file.bytes);
    expect(rows.flatMap((row) => row.problems)).toEqual([]);
    const pdf = rows.find((row) => row.document === 'Advies.pdf');
    const mail = rows.find((row) => row.document === 'Advies subsidieregeling met bijlagen');
    expect(pdf?.familyId).toBe(Number(mail?.id));
    expect(rows.some((row) => row.document.endsWith('.eml'))).toBe(false);
  }, 60_000);

  it.each([
    ['diwoo', /DiWoo-bestanden downloaden \(\d+ bestanden, zip\)/, '.diwoo.xml'],
    ['mdto', /MDTO-bestanden downloaden \(\d+ bestanden, zip\)/, '.mdto.xml'],
  ] as const)(
    'exports the loaded records as %s files that the official schema accepts',
    async (choice, link, suffix) => {
      await page.getByLabel('Exportformaat').selectOption(choice);
      await page.getByRole('button', { name: 'Exporteren' }).click();
      const file = await download(link);
      expect(file.name).toBe(`${choice}.zip`);
      const documents = await zipDocuments(file.bytes);
      expect(documents.length).toBeGreaterThan(2);
      expect(documents.every((document) => document.name.endsWith(suffix))).toBe(true);
      const schema: SchemaName = choice;
      expect(await validateAgainst(schema, documents)).toEqual({ valid: true, errors: [] });
    },
    60_000,
  );

  it('draws the dashboard charts with a table beside each, the coverage of the demo weeks too', async () => {
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('table', { name: 'Per dossier' }).waitFor({ timeout: 30_000 });
    const coverage = page.getByRole('table', { name: 'Dekking per team en week' });
    await coverage.waitFor({ timeout: 30_000 });
    await expectChartsDrawn(page, 4);
    const chart = page.getByRole('region', { name: 'Dekking' }).getByTestId('chart');
    expect(await chart.locator('svg').first().getAttribute('aria-label')).toContain(
      'Dekking per week: Vastgelegd %',
    );
    // Ten weeks of the two demo teams, each with its counts and share.
    const rows = coverage.getByRole('row');
    expect(await rows.count()).toBe(1 + 20);
    const teams = await coverage.getByRole('row').locator('td:first-child').allTextContents();
    expect(new Set(teams)).toEqual(new Set(['Directie Open Overheid', 'Informatiehuishouding']));
    expect(await rows.nth(1).getByRole('cell').last().textContent()).toMatch(/^\d+%$/);
    const row = page
      .getByRole('table', { name: 'Per dossier' })
      .getByRole('row', { name: new RegExp(OTHER) });
    await row.waitFor();
    // The accept and the reject above were learnt, and the page says so beside its reset.
    const learning = page.getByTestId('learning');
    await learning.getByText('2 beoordelingen verwerkt.').waitFor({ timeout: 10_000 });
    expect(await learning.getByRole('button', { name: 'Aanpassing terugzetten' }).count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
  }, 60_000);

  it('names every bar of a chart under it, and speaks of the charts in the page’s language', async () => {
    const chart = page.getByRole('region', { name: 'Per dossier' }).getByTestId('chart');
    expect(new Set(await visibleAxisLabels(chart))).toEqual(new Set([DOSSIER, OTHER]));
    const dutch = await chartSpeech(chart);
    expect(dutch[0]).toBe(
      'Per dossier: Vastgelegd. Staafdiagram met 2 staven; de tabel ernaast geeft elk cijfer.',
    );
    expect(dutch).toContain('2 staven');
    expect(dutch.filter((label) => /^BZK-2025-\d{4}: \d+$/.test(label))).toHaveLength(2);
    const english = /chart with|series|axis displays|no data/i;
    const everyChart = async () =>
      (await Promise.all((await page.getByTestId('chart').all()).map(chartSpeech))).flat();
    expect((await everyChart()).filter((label) => english.test(label))).toEqual([]);
    await page.goto(`${session.page.url().split('?')[0] ?? ''}?lang=en`);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const byDossier = page.getByRole('region', { name: 'By dossier' }).getByTestId('chart');
    await byDossier.locator('svg').first().waitFor({ timeout: 30_000 });
    expect((await chartSpeech(byDossier))[0]).toBe(
      'By dossier: Filed. Bar chart with 2 bars; the table beside it gives every figure.',
    );
    await page
      .getByRole('region', { name: 'Coverage' })
      .getByTestId('chart')
      .locator('svg')
      .first()
      .waitFor();
    expect((await everyChart()).filter((label) => /staaf|staven|Vastgelegd/.test(label))).toEqual(
      [],
    );
  }, 60_000);
});

/** Polls until the page's change has reached the record system (at most 10 s). */
async function eventually<T extends { items: readonly unknown[] }>(
  read: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const result = await read();
    if (result.items.length > 0 || attempt >= 50) return result;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
