import type { FrameLocator, Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { chooseDossierByKeyboard, runAxe, tabUntil } from './pane-keyboard';
import { eventually, sha256, type RecordSystem } from './record-system';
import {
  chooseDossier,
  FILE_BUTTON,
  mailIdOf,
  mailRow,
  openMail,
  openWorkbench,
  paneOf,
  selectMail,
  type WorkbenchSession,
} from './workbench-session';

const run = chromiumAvailable() ? describe : describe.skip;

run('the workbench in Chromium', () => {
  let session: WorkbenchSession;
  let page: Page;
  let records: RecordSystem;

  beforeAll(async () => {
    session = await openWorkbench();
    ({ page, records } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const pane = (): FrameLocator => paneOf(page);

  it('files an opened mail in the chosen dossier once, with the SHA-256 of its MIME', async () => {
    const subject = /Conceptrapport digitale weerbaarheid/;
    const id = await mailIdOf(page, subject);
    await openMail(page, subject);
    await pane().getByText('Beleidsrelevantie').waitFor();
    await chooseDossier(page, 'BZK-2025-0064');
    await pane().getByRole('button', FILE_BUTTON).click();
    await pane()
      .getByTestId('filed')
      .filter({ hasText: /Vastgelegd in BZK-2025-0064/ })
      .waitFor({ timeout: 30_000 });

    const key = await records.dedupKey(id);
    const [record, ...others] = await records.recordsFor(key);
    expect(others).toHaveLength(0);
    expect(record).toMatchObject({
      BronvastDossier: 'BZK-2025-0064',
      BronvastSourceKind: 'mail',
      BronvastFiledBy: 'beleid@bronvast.example',
      BronvastReviewStatus: 'te-beoordelen',
      MailSubject: expect.stringMatching(subject),
    });
    expect(record?.['BronvastSha256']).toBe(sha256(await records.mime(id)));

    await mailRow(page, /Lunch vrijdag/).click();
    await openMail(page, subject);
    await pane()
      .getByTestId('filed')
      .filter({ hasText: /vastgelegd in BZK-2025-0064/i })
      .waitFor();
    await pane().getByRole('button', { name: 'Opnieuw vastleggen' }).click();
    await pane().getByTestId('filed').waitFor();
    expect(await records.recordsFor(key)).toHaveLength(1);
  }, 90_000);

  it('files three selected mails at once', async () => {
    const subjects = [/^RE: RE: Kamerbrief/, /^RE: Kamerbrief/, /Advies W04/];
    const ids = await Promise.all(subjects.map((subject) => mailIdOf(page, subject)));
    await page.getByRole('button', { name: 'Postvak IN', exact: true }).click();
    for (const subject of subjects) await selectMail(page, subject);
    await pane()
      .getByText(/berichten geselecteerd/)
      .waitFor();
    await chooseDossier(page, 'BZK-2025-0150', 'Dossier');
    // A pinned pane hears of a new item, not of every longer selection: it re-reads on filing.
    await pane()
      .getByRole('button', { name: /berichten vastleggen/ })
      .click();
    await pane().getByText('3 berichten geselecteerd').waitFor();
    for (const id of ids) {
      const key = await records.dedupKey(id);
      const found = await eventually(async () => {
        const list = await records.recordsFor(key);
        return list.length > 0 ? list : undefined;
      });
      expect(found).toHaveLength(1);
      expect(found[0]?.['BronvastDossier']).toBe('BZK-2025-0150');
    }
  }, 90_000);

  it('completes a filing the record system dropped half-way, without a duplicate', async () => {
    const subject = /Concepttekst convenant/;
    const id = await mailIdOf(page, subject);
    await openMail(page, subject);
    session.workbench.emulator.setFaults({ latencyMs: 1500 });
    // The record system stops while the upload is on its way, and starts again once one of the
    // pane's requests has found it gone.
    const uploading = page.waitForRequest(
      (request) => request.method() === 'PUT' && request.url().includes('/content'),
    );
    await pane().getByRole('button', FILE_BUTTON).click();
    await pane().getByTestId('filing-progress').waitFor();
    await uploading;
    const refused = page.waitForEvent('requestfailed');
    await session.workbench.stopEmulator();
    await refused;
    await session.workbench.startEmulatorAgain();
    await pane().getByTestId('filed').waitFor({ timeout: 60_000 });
    expect(await records.recordsFor(await records.dedupKey(id))).toHaveLength(1);
  }, 90_000);

  it('can file with the keyboard alone', async () => {
    const subject = /Aanvullende gegevens bij mijn Woo-verzoek/;
    await mailRow(page, subject).focus();
    await page.keyboard.press('Enter');
    const fileButton = pane().getByRole('button', FILE_BUTTON);
    await fileButton.waitFor();
    if (await fileButton.isDisabled()) await chooseDossierByKeyboard(pane());
    await tabUntil(page, pane(), 'Vastleggen');
    await page.keyboard.press('Enter');
    await pane().getByTestId('filed').waitFor({ timeout: 30_000 });
  }, 60_000);

  it('files a composed mail after the on-send check, through the sent-items sweep', async () => {
    await page.getByRole('button', { name: 'Nieuw bericht' }).click();
    const compose = page.getByRole('form', { name: 'Nieuw bericht' });
    await compose.getByLabel('Aan').fill('j.mulder@bronvast.example');
    const subject = `Afspraken Open op Orde BZK-2025-0150 ${Date.now()}`;
    await compose.getByLabel('Onderwerp').fill(subject);
    await compose
      .getByLabel('Bericht')
      .fill('Beste Jeroen,\n\nHierbij de afspraken over de Kamerbrief.\n\nGroet');
    await pane().getByRole('button', { name: 'Beoordeling bijwerken' }).click();
    await chooseDossier(page, 'BZK-2025-0150');
    await pane().getByRole('button', { name: 'Dossier koppelen' }).click();
    await pane().getByTestId('draft-dossier').waitFor();
    const onSendRegistered = await page.evaluate(() =>
      Reflect.get(globalThis, 'bronvastWorkbench').hasAction('onMessageSendHandler'),
    );
    expect(onSendRegistered).toBe(true);
    await compose.getByRole('button', { name: 'Verzenden' }).click();
    const sent = await eventually(async () =>
      (await records.folder('sentitems')).find((mail) => mail.subject === subject),
    );
    // As in Exchange, the copy in Sent Items has no internet headers: the dossier reaches the
    // sweep through the add-in's custom property on the item.
    expect(sent.internetMessageHeaders).toBeUndefined();
    const key = await records.dedupKey(sent.id);
    const filed = await eventually(async () => {
      const list = await records.recordsFor(key);
      return list.length > 0 ? list : undefined;
    }, 45_000);
    expect(filed).toHaveLength(1);
    expect(filed[0]?.['BronvastDossier']).toBe('BZK-2025-0150');
  }, 90_000);

  it('files a mail from the shared mailbox Postbus Woo, marking it there', async () => {
    await page.getByRole('group', { name: 'Postbus Woo' }).getByRole('button').click();
    const subject = /Woo-verzoek: documenten over de vestiging/;
    await openMail(page, subject);
    await pane().getByText('Beleidsrelevantie').waitFor();
    await chooseDossier(page, 'BZK-2025-0177');
    await pane().getByRole('button', FILE_BUTTON).click();
    await pane()
      .getByTestId('filed')
      .filter({ hasText: /Vastgelegd in BZK-2025-0177/ })
      .waitFor({ timeout: 30_000 });
    const postbus = await records.sharedInbox('postbus-woo@bronvast.example');
    const mail = postbus.find((message) => subject.test(message.subject));
    expect(mail?.categories).toContain('Vastgelegd in Bronvast');
    const filed = await records.recordsFor(`mail:${mail?.internetMessageId.replace(/^<|>$/g, '')}`);
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      BronvastDossier: 'BZK-2025-0177',
      BronvastFiledBy: 'beleid@bronvast.example',
    });
    await page.getByRole('button', { name: 'Postvak IN', exact: true }).click();
  }, 90_000);

  it('has no serious or critical accessibility violations in the pane or the workbench', async () => {
    await openMail(page, /Conceptrapport digitale weerbaarheid/);
    const frame = page.frame({ url: /workbench-pane\.html/ });
    expect(frame).not.toBeNull();
    expect(await runAxe(frame!)).toEqual([]);
    expect(await runAxe(page.mainFrame())).toEqual([]);
  }, 60_000);
});
