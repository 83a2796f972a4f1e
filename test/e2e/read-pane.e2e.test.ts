import type { Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { eventually, type RecordFields } from './record-system';
import {
  chooseDossier,
  openMail,
  openWorkbench,
  paneOf,
  type WorkbenchSession,
} from './workbench-session';

const run = chromiumAvailable() ? describe : describe.skip;
/** The seeded three-mail conversation: Sanne's first mail (sent), Pieter's reply, Jeroen's decision. */
const CONVERSATION = /^(RE: )*Kamerbrief voortgang Open op Orde/;
const DOSSIER = 'BZK-2025-0150';
const TOELICHTING = 'Volledige correspondentie over de voortgangsbrief, ter verantwoording.';
const FILE_CONVERSATION = { name: 'Het hele gesprek vastleggen', exact: true } as const;
/** Outlook's task pane is 320 to 350 pixels wide. */
const NARROW_PANE = 320;

/** The outbox rows as the pane shows them: state and text. */
async function outboxRows(page: Page): Promise<{ state: string; text: string }[]> {
  return paneOf(page)
    .getByTestId('outbox')
    .locator('li')
    .evaluateAll((items) =>
      items.map((item) => ({
        state: item.getAttribute('data-state') ?? '',
        text: item.textContent ?? '',
      })),
    );
}

/** Waits until the outbox holds exactly `count` jobs, all finished with a text matching `text`. */
async function outboxDone(page: Page, count: number, text: RegExp): Promise<void> {
  await eventually(async () => {
    const rows = await outboxRows(page);
    const done = rows.filter((row) => row.state === 'done' && text.test(row.text));
    return rows.length === count && done.length === count ? true : undefined;
  });
}

/** Sets the pane frame's width in pixels; `null` gives it back to the workbench layout. */
async function setPaneWidth(page: Page, width: number | null): Promise<void> {
  await page.getByTestId('pane-frame').evaluate((frame, pixels) => {
    if (frame instanceof HTMLElement) frame.style.width = pixels === null ? '' : `${pixels}px`;
  }, width);
}

/** The pane document's scroll width and client width. */
async function paneWidths(page: Page): Promise<{ scroll: number; client: number }> {
  return paneOf(page)
    .locator(':root')
    .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));
}

run('the read pane in Chromium', () => {
  let session: WorkbenchSession;

  beforeAll(async () => {
    session = await openWorkbench();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  /** The records of every mail of the conversation, in the inbox and in Sent Items. */
  const conversationRecords = async (): Promise<RecordFields[][]> => {
    const { records } = session;
    const mails = [...(await records.folder('inbox')), ...(await records.folder('sentitems'))];
    const ids = mails.filter((mail) => CONVERSATION.test(mail.subject)).map((mail) => mail.id);
    expect(ids).toHaveLength(3);
    return Promise.all(ids.map(async (id) => records.recordsFor(await records.dedupKey(id))));
  };

  it('fits a 320 pixel wide pane without scrolling sideways', async () => {
    const { page } = session;
    const subjects = [
      /^Advies W04\.25\.0131/,
      /^Aanvullende gegevens bij mijn Woo-verzoek/,
      /^Juridisch advies reikwijdte Woo/,
    ];
    const overflowing: string[] = [];
    await setPaneWidth(page, NARROW_PANE);
    try {
      for (const subject of subjects) {
        await openMail(page, subject);
        await paneOf(page).getByRole('combobox', { name: 'Woo-informatiecategorie' }).waitFor();
        const { scroll, client } = await paneWidths(page);
        expect(client).toBeLessThanOrEqual(NARROW_PANE);
        if (scroll > client) overflowing.push(`${subject.source}: ${scroll} > ${client}`);
      }
    } finally {
      await setPaneWidth(page, null);
    }
    expect(overflowing).toEqual([]);
  }, 60_000);

  it('files every mail of the conversation once in the chosen dossier', async () => {
    const { page } = session;
    const pane = paneOf(page);
    await openMail(page, /^RE: Kamerbrief voortgang/);
    await pane.getByText('Beleidsrelevantie').waitFor();
    await chooseDossier(page, DOSSIER);
    await pane.getByRole('textbox', { name: /Toelichting/ }).fill(TOELICHTING);
    await pane.getByRole('button', FILE_CONVERSATION).click();
    await outboxDone(page, 3, new RegExp(`Vastgelegd in ${DOSSIER}`));

    const filed = await conversationRecords();
    for (const records of filed) {
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        BronvastDossier: DOSSIER,
        BronvastSourceKind: 'mail',
        BronvastToelichting: TOELICHTING,
        MailSubject: expect.stringMatching(CONVERSATION),
      });
    }
    const categories = new Set(filed.map((records) => records[0]?.['BronvastWooCategory']));
    expect(categories.size).toBe(1);

    await pane.getByRole('button', FILE_CONVERSATION).click();
    await outboxDone(page, 3, new RegExp(`al vastgelegd in ${DOSSIER}`));
    for (const records of await conversationRecords()) expect(records).toHaveLength(1);
  }, 90_000);
});
