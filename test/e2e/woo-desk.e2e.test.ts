import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { extractPdfText, findable } from '../../src/exports/woo-package/testing/pdf-text';
import { fileTestMail } from '../integration/woo/woo-records';
import { validateAgainst } from '../xsd/validate-xml';
import { chromiumAvailable } from './chromium';
import { openReviewPage, type ReviewSession } from './review-session';

const run = chromiumAvailable() ? describe : describe.skip;
const OFFICER = 'beleid@bronvast.example';
const ZAAK = 'WOO-2025-0042';
const pieter = { name: 'Pieter Jansen', address: 'pieter.jansen@example.nl' };
const original =
  'Beste Sanne,\nHierbij het advies over het windpark Noordzee. Bel me op 06-12345678.\nGroet, Pieter Jansen';

run('the Woo desk in Chromium', () => {
  let session: ReviewSession;
  let page: Page;

  beforeAll(async () => {
    session = await openReviewPage(async (client, site) => {
      const officer = client(OFFICER);
      await fileTestMail(
        officer,
        site,
        {
          id: 'first@example.nl',
          from: pieter,
          subject: 'Advies windpark',
          text: original,
          date: '2025-03-03T09:00:00Z',
        },
        OFFICER,
      );
      await fileTestMail(
        officer,
        site,
        {
          id: 'reply@example.nl',
          from: { name: 'Sanne de Vries', address: 'beleid@bronvast.example' },
          subject: 'RE: Advies windpark',
          text: `Dank, ik kijk ernaar. Project Zeewind blijft vertrouwelijk.\n\n${original
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n')}`,
          date: '2025-03-04T09:00:00Z',
          inReplyTo: 'first@example.nl',
        },
        OFFICER,
      );
      await fileTestMail(
        officer,
        site,
        {
          id: 'lunch@example.nl',
          from: pieter,
          subject: 'Lunch',
          text: 'Zullen we lunchen?',
          date: '2025-03-05T09:00:00Z',
        },
        OFFICER,
      );
    });
    page = session.page;
    await page.getByRole('tab', { name: 'Woo-verzoeken' }).click();
  }, 300_000);
  afterAll(() => session.close());

  it('takes a request from search to a checked decision package', async () => {
    const form = page.getByRole('form', { name: 'Nieuw Woo-verzoek' });
    await form.getByLabel('Zaaknummer').fill(ZAAK);
    await form.getByLabel('Ontvangen op').fill('2025-04-01');
    await form.getByLabel('Tekst van het verzoek').fill('Alle stukken over het windpark Noordzee');
    await form.getByLabel('Verzoeker (wordt nooit gepubliceerd)').fill('Verzoeker Geheim');
    await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    const row = page.getByRole('row', { name: new RegExp(ZAAK) });
    await row.waitFor();
    expect(await row.textContent()).toContain('2025-04-29');
    await page.getByRole('button', { name: `Openen ${ZAAK}` }).click();

    const search = page.getByRole('region', { name: 'Zoeken in de vastgelegde records' });
    await search.getByLabel('Zoekvraag').fill('windpark NOT lunch');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await search.getByText('2 treffers').waitFor();
    expect(await search.locator('mark').first().textContent()).toMatch(/windpark/i);
    await search.getByRole('checkbox', { name: 'Selecteer Advies windpark' }).check();
    await search.getByRole('checkbox', { name: 'Selecteer RE: Advies windpark' }).check();
    await search.getByRole('button', { name: /toevoegen aan de selectie/ }).click();
    await search.getByText('2 toegevoegd aan de selectie.').waitFor();
    await page
      .getByRole('region', { name: 'Zoekverantwoording' })
      .getByText(/windpark NOT lunch · 2 treffers/)
      .waitFor();

    const selection = page.getByRole('region', { name: 'Selectie' });
    await selection.getByText(/voorstel: dubbel/).waitFor({ timeout: 30_000 });
    await selection.getByRole('button', { name: 'Beoordeel RE: Advies windpark' }).click();
    const document = page.getByRole('article', { name: 'RE: Advies windpark' });
    const proposals = document.getByRole('region', { name: 'Lakvoorstellen' });
    // Quick clicks, as a coordinator makes them: no decision may undo another.
    for (const name of await proposals.getByRole('button', { name: /^Afwijzen: Sanne/ }).all())
      await name.click();
    await document.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await proposals.getByRole('button', { name: 'Aanvaarden: 06-12345678' }).click();
    await proposals
      .locator('li', { hasText: '06-12345678' })
      .getByText('aanvaard', { exact: false })
      .waitFor();

    // Redact a passage by hand: select it in the text, choose a ground.
    await page.evaluate(() => {
      const pre = [...globalThis.document.querySelectorAll('pre')].find((node) =>
        node.textContent?.includes('Project Zeewind'),
      );
      const textNode = pre?.firstChild;
      if (textNode === null || textNode === undefined) throw new Error('no text');
      const start = (textNode.textContent ?? '').indexOf('Project Zeewind');
      const range = globalThis.document.createRange();
      range.setStart(textNode, start);
      range.setEnd(textNode, start + 'Project Zeewind'.length);
      globalThis.getSelection()?.removeAllRanges();
      globalThis.getSelection()?.addRange(range);
      pre?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const manual = document.getByRole('form', { name: 'Zelf lakken' });
    expect(await manual.getByLabel('Passage').inputValue()).toBe('Project Zeewind');
    await manual.getByLabel('Grond', { exact: true }).selectOption('5.1.2i');
    expect(await manual.getByLabel('Uitleg bij de grond').textContent()).toContain(
      'goed functioneren van de Staat',
    );
    await manual.getByRole('button', { name: 'Lakken' }).click();
    const preview = page
      .getByRole('article', { name: 'RE: Advies windpark' })
      .getByTestId('redacted-preview');
    await preview.getByText('5.1.2i').waitFor();
    expect(await preview.textContent()).not.toContain('Project Zeewind');
    await page.screenshot({ path: '/tmp/woodesk-document.png', fullPage: true });

    const packaging = page.getByRole('region', { name: 'Besluitpakket' });
    await packaging.getByRole('button', { name: 'Besluitpakket maken' }).click();
    const link = packaging.getByRole('link', { name: `Download besluitpakket-${ZAAK}.zip` });
    await link.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const pdfs = Object.keys(files).filter((name) => name.startsWith('documenten/'));
    expect(pdfs).toHaveLength(1);
    const text = await extractPdfText(files[pdfs[0] ?? ''] ?? new Uint8Array());
    for (const secret of [
      '06-12345678',
      'Project Zeewind',
      'Pieter Jansen',
      'pieter.jansen@example.nl',
    ])
      expect(findable(text, secret)).toBe(false);
    expect(findable(text, 'Sanne de Vries')).toBe(true);
    expect(findable(text, '5.1.2i')).toBe(true);
    const diwoo = Object.keys(files)
      .filter((name) => name.startsWith('metadata/'))
      .map((name) => ({ name, xml: new TextDecoder().decode(files[name]) }));
    expect((await validateAgainst('diwoo', diwoo)).errors).toEqual([]);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        `inventaris-${ZAAK}.xlsx`,
        'samenvatting.txt',
        'zoekverantwoording.csv',
      ]),
    );
    const everything = Object.values(files)
      .map((bytes) => new TextDecoder('latin1').decode(bytes))
      .join('');
    expect(everything).not.toContain('Verzoeker Geheim');
  }, 240_000);
});
