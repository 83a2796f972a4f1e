import type { Page } from 'playwright-core';
import { asRecordId } from '../../src/core/ids';
import { getReviewItem, queryReviewQueue } from '../../src/graph';
import { sendJson, sendOk } from '../../src/graph/request';
import { chromiumAvailable } from './chromium';
import { fileMail, openReviewPage, type ReviewSession } from './review-session';

const run = chromiumAvailable() ? describe : describe.skip;
const OFFICER = 'beleid@bronvast.example';
const MANAGER = 'informatiebeheer@bronvast.example';
const DOSSIER = 'BZK-2025-0113';

run('the review page and what only a records manager may do', () => {
  let session: ReviewSession;
  let page: Page;

  beforeAll(async () => {
    session = await openReviewPage(async (client, site) => {
      const officer = client(OFFICER);
      await fileMail(officer, site, {
        id: 'eigen-1@bronvast.example',
        subject: 'Zelf geaccepteerd',
        body: 'Een record dat zijn indiener zelf accepteert.',
        dossier: DOSSIER,
      });
      const [record] = (await queryReviewQueue(client(MANAGER), site, {})).items;
      if (record === undefined) throw new Error('not filed');
      // The officer writes the status herself: SharePoint lets her, in the intake area.
      await sendOk(officer, {
        method: 'PATCH',
        url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${record.record.id}/fields`,
        json: { BronvastReviewStatus: 'geaccepteerd' },
        label: 'test.forge',
      });
      // She replaces the content of another of her records, and files a third she changes the
      // dossier of after filing.
      for (const [id, subject] of [
        ['vervangen-1@bronvast.example', 'Inhoud vervangen'],
        ['verplaatst-1@bronvast.example', 'Zelf verplaatst'],
      ] as const)
        await fileMail(officer, site, {
          id,
          subject,
          body: 'De VNG gaat niet akkoord.',
          dossier: DOSSIER,
        });
      const queue = (await queryReviewQueue(client(MANAGER), site, {})).items;
      const recordOf = (subject: string) =>
        queue.find((item) => item.record.metadata?.subject === subject)?.record.id ?? '';
      const file = await sendJson<{ id: string }>(officer, {
        method: 'GET',
        url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${recordOf('Inhoud vervangen')}/driveItem`,
        label: 'test.file',
      });
      await sendOk(officer, {
        method: 'PUT',
        url: `/drives/${site.recordsDriveId}/items/${file.id}/content`,
        bytes: new TextEncoder().encode('Subject: Inhoud vervangen\r\n\r\nDe VNG gaat akkoord.'),
        label: 'test.swap',
      });
      await sendOk(officer, {
        method: 'PATCH',
        url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${recordOf('Zelf verplaatst')}/fields`,
        json: { BronvastDossier: 'BZK-2025-0021', BronvastAssessment: 'niet-openbaar' },
        label: 'test.forge',
      });
    });
    page = session.page;
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows a status an officer set herself as not confirmed, in the queue and in the detail', async () => {
    await page.getByRole('grid', { name: 'Vastgelegde records' }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    const row = page.getByRole('row', { name: /Zelf geaccepteerd/ });
    await row.getByTestId('unconfirmed').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Zelf geaccepteerd' }).click();
    const detail = page.getByRole('region', { name: 'Record' });
    const trust = detail.getByTestId('trust');
    await trust
      .getByText(/BronvastReviewStatus is gewijzigd door beleid@bronvast\.example/)
      .waitFor({ timeout: 15_000 });
    await trust.getByText(/dit record telt niet als beoordeeld/).waitFor();
    await page.screenshot({
      path: `${process.env['TMPDIR'] ?? '/tmp'}/bronvast-review-trust.png`,
      fullPage: true,
    });
  }, 60_000);

  it('names who replaced the content, and an officer who changed dossier and assessment, in the detail', async () => {
    const detail = page.getByRole('region', { name: 'Record' });
    await page.getByRole('button', { name: 'Inhoud vervangen' }).click();
    await detail
      .getByTestId('trust')
      .getByText(
        /De inhoud past niet meer bij de vastgelegde SHA-256: gewijzigd door beleid@bronvast\.example/,
      )
      .waitFor({ timeout: 15_000 });
    await detail
      .getByTestId('versions')
      .getByText(/Nieuwe inhoud \(\d+ → \d+ bytes\)/)
      .waitFor();
    await page.getByRole('button', { name: 'Zelf verplaatst' }).click();
    const trust = detail.getByTestId('trust');
    await trust
      .getByText(
        /BronvastDossier is gewijzigd door beleid@bronvast\.example, geen informatiebeheerder/,
      )
      .waitFor({ timeout: 15_000 });
    await trust
      .getByText(/BronvastAssessment is gewijzigd door beleid@bronvast\.example/)
      .waitFor();
  }, 60_000);

  it('offers an officer no review action and says why; the record is as it was', async () => {
    await page.route('**/workbench-config.json', async (route) => {
      const served = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({
        json: { ...served, user: { address: OFFICER, displayName: 'Sanne de Vries' } },
      });
    });
    await page.reload();
    const notice = page.getByTestId('access-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('geen lid van de groep informatiebeheerders');
    await page.getByRole('grid', { name: 'Vastgelegde records' }).waitFor();
    for (const action of ['Accepteren', 'Afwijzen', 'Herclassificeren', 'Verplaatsen'])
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    await page.unroute('**/workbench-config.json');
    const manager = session.client(MANAGER);
    const record = (await queryReviewQueue(manager, session.site, {})).items.find(
      (item) => item.record.metadata?.subject === 'Zelf geaccepteerd',
    );
    const item = await getReviewItem(manager, session.site, asRecordId(record?.record.id ?? ''));
    expect(item?.area).toBe('intake');
  }, 60_000);
});
