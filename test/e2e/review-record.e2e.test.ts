import type { Page } from 'playwright-core';
import { formatDateTime } from '../../src/review/format-date';
import { chromiumAvailable } from './chromium';
import { attributeBecomes, box, expectChartsDrawn, runAxe } from './review-checks';
import { fileInPane, fileMail, openReviewPage, type ReviewSession } from './review-session';

const run = chromiumAvailable() ? describe : describe.skip;
const OFFICER = 'beleid@bronvast.example';
const INBOX_MAIL = /Aanvullende gegevens bij mijn Woo-verzoek/;
const SENT_MAIL = /^RE: Juridisch advies reikwijdte Woo bij chatberichten$/;
const ADVICE = 'Advies over de subsidieregeling';

interface ListedMail {
  readonly subject: string;
  readonly receivedDateTime: string;
  readonly sentDateTime: string;
}

run('a records manager at work on the review page, in Chromium', () => {
  let session: ReviewSession;
  let page: Page;
  const detail = () => page.getByRole('region', { name: 'Record' });
  const metadataValue = (term: string) =>
    detail().getByTestId('metadata').locator('dt', { hasText: term }).locator('+ dd');

  /** The officer's mail as her mailbox lists it. */
  async function listed(folder: 'inbox' | 'sentitems', subject: RegExp): Promise<ListedMail> {
    const response = await session.client(OFFICER).send({
      method: 'GET',
      url: `/me/mailFolders/${folder}/messages`,
      query: { $top: '100', $select: 'subject,receivedDateTime,sentDateTime' },
      label: 'test.mailbox',
    });
    const mails = ((await response.json()) as { value: ListedMail[] }).value;
    const mail = mails.find((candidate) => subject.test(candidate.subject));
    if (mail === undefined) throw new Error(`no mail ${subject.source} in ${folder}`);
    return mail;
  }

  async function openRecord(subject: string | RegExp): Promise<void> {
    await page.getByRole('grid').getByRole('button', { name: subject }).click();
    await detail().getByRole('heading', { name: subject }).waitFor();
  }

  beforeAll(async () => {
    session = await openReviewPage(async () => undefined);
    page = session.page;
    await page.getByRole('grid', { name: 'Vastgelegde records' }).waitFor({ timeout: 30_000 });
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('says in a sentence that the site has no records yet, with no empty charts', async () => {
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByText(/Er zijn op deze site nog geen records vastgelegd\./).waitFor();
    await page.getByText(/^Nog geen dekkingscijfers: /).waitFor();
    expect(await page.getByTestId('chart').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
  }, 60_000);

  it('shows when each mail filed from the pane was received: the delivery, or the sending of a sent mail', async () => {
    await fileInPane(session, 'Postvak IN', INBOX_MAIL);
    await fileInPane(session, 'Verzonden items', SENT_MAIL);
    await fileMail(session.client(OFFICER), session.site, {
      id: 'advies-3@bronvast.example',
      subject: ADVICE,
      body: 'Hierbij ons advies over de subsidieregeling.\r\n\r\nGroet, Pieter',
      dossier: 'BZK-2025-0113',
    });
    await page.getByRole('grid', { name: 'Vastgelegde records' }).waitFor({ timeout: 30_000 });
    const inbox = await listed('inbox', INBOX_MAIL);
    await openRecord(INBOX_MAIL);
    expect(await metadataValue('Ontvangen').textContent()).toBe(
      formatDateTime(new Date(inbox.receivedDateTime)),
    );
    const sent = await listed('sentitems', SENT_MAIL);
    await openRecord(SENT_MAIL);
    expect(await metadataValue('Ontvangen').textContent()).toBe(
      formatDateTime(new Date(sent.sentDateTime)),
    );
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const byWeek = page.getByRole('table', { name: 'Per week' });
    await byWeek.waitFor({ timeout: 30_000 });
    const median = await byWeek.getByRole('row').nth(1).getByRole('cell').nth(2).textContent();
    expect(median).toMatch(/^[\d.]+(,\d)? uur$/);
    await expectChartsDrawn(page);
    await page.getByRole('tab', { name: 'Te beoordelen' }).click();
  }, 180_000);

  it('acts on the opened record from its detail, with nothing ticked', async () => {
    await openRecord(ADVICE);
    const actions = detail().getByRole('toolbar', { name: 'Acties voor dit record' });
    const selection = page.getByRole('toolbar', { name: '0 records geselecteerd' });
    expect(await selection.getByRole('button', { name: 'Accepteren' }).isDisabled()).toBe(true);
    for (const name of ['Accepteren', 'Afwijzen', 'Herclassificeren', 'Verplaatsen'])
      expect(await actions.getByRole('button', { name }).isEnabled()).toBe(true);
    await actions.getByRole('button', { name: 'Accepteren' }).click();
    await detail().getByText('1 record bijgewerkt.').waitFor();
    await metadataValue('Status').getByText('Geaccepteerd').waitFor();
  }, 60_000);

  it('reclassifies from lists of categories and grounds, and says what it cannot take', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await openRecord(ADVICE);
    const actions = detail().getByRole('toolbar', { name: 'Acties voor dit record' });
    await actions.getByRole('button', { name: 'Herclassificeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Herclassificeren' });
    await dialog
      .getByRole('combobox', { name: 'Informatiecategorie' })
      .selectOption({ label: '3.3.2e Advies' });
    await dialog.getByRole('combobox', { name: 'Beoordeling' }).selectOption('deels-openbaar');
    const grounds = dialog.getByRole('combobox', { name: /Weigeringsgronden/ });
    await grounds.click();
    await grounds.pressSequentially('5.1.2x');
    await page.getByText('Geen weigeringsgrond gevonden voor ‘5.1.2x’.').waitFor();
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await dialog.getByText(/‘5\.1\.2x’ is geen weigeringsgrond van de Woo/).waitFor();
    await grounds.fill('');
    await grounds.pressSequentially('levenssfeer');
    await page
      .getByRole('menuitemcheckbox', {
        name: '5.1.2e Eerbiediging van de persoonlijke levenssfeer',
      })
      .click();
    await dialog.getByText(/Gegevens over mensen/).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await detail().getByText('1 record bijgewerkt.').waitFor();
    await metadataValue('Informatiecategorie').getByText('Advies', { exact: true }).waitFor();
    expect(await metadataValue('Weigeringsgronden').textContent()).toBe(
      '5.1.2e Eerbiediging van de persoonlijke levenssfeer',
    );
  }, 60_000);

  it('names columns and values by their labels, with the codes on demand', async () => {
    const versions = detail().getByTestId('versions');
    await versions.getByText('Status: Te beoordelen → Geaccepteerd').waitFor();
    await versions.getByText('Informatiecategorie: — → Advies').waitFor();
    expect(await versions.textContent()).not.toMatch(/Bronvast|c_[0-9a-f]{8}/);
    expect(await detail().getByTestId('metadata').textContent()).not.toMatch(/c_[0-9a-f]{8}/);
    await detail().getByRole('switch', { name: 'Codes tonen' }).click();
    await versions.getByText(/StatusBronvastReviewStatus: Te beoordelente-beoordelen/).waitFor();
    await metadataValue('Informatiecategorie').getByText('c_99a836c7').waitFor();
    expect(await runAxe(page)).toEqual([]);
  }, 60_000);

  it('shares the width between queue and record, and widens the queue from the keyboard', async () => {
    const grid = page.getByRole('grid', { name: 'Vastgelegde records' });
    const subject = grid.getByRole('button', { name: ADVICE });
    const fontSize = await subject.evaluate((element) =>
      parseFloat(getComputedStyle(element).fontSize),
    );
    // One line, or two at most: not a narrow column of many.
    expect((await box(subject)).height).toBeLessThanOrEqual(3 * fontSize);
    const separator = page.getByRole('separator', { name: 'Breedte van de lijst en het record' });
    const before = (await box(grid)).width;
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await attributeBecomes(separator, 'aria-valuenow', '70');
    expect((await box(grid)).width).toBeGreaterThan(before + 50);
    await page.keyboard.press('Home');
    await attributeBecomes(separator, 'aria-valuenow', '30');
    expect((await box(grid)).width).toBeLessThan(before);
    await page.keyboard.press('End');
  }, 60_000);

  it('filters on days typed as dd-mm-jjjj, with a Dutch calendar at hand', async () => {
    const from = page.getByRole('combobox', { name: 'Vastgelegd vanaf' });
    expect(await from.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    await from.click();
    const calendar = page.getByRole('dialog', { name: 'Kalender' });
    await calendar.getByRole('button', { name: 'Naar vandaag' }).waitFor();
    expect(await calendar.locator('th').first().getAttribute('title')).toBe('maandag');
    await page.keyboard.press('Escape');
    const today = formatDateTime(new Date()).slice(0, 10);
    await from.fill(today);
    await page.keyboard.press('Tab');
    expect(await from.inputValue()).toBe(today);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByRole('grid').getByRole('button', { name: ADVICE }).waitFor();
    const tomorrow = formatDateTime(new Date(Date.now() + 86_400_000)).slice(0, 10);
    await from.fill(tomorrow);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText('Geen records gevonden met deze filters.').waitFor();
    await from.fill('31-02-2025');
    await page.keyboard.press('Tab');
    await page.getByText(/Typ een datum als dd-mm-jjjj/).waitFor();
  }, 60_000);
});
