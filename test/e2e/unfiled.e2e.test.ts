import type { FrameLocator, Page } from 'playwright-core';
import { chromiumAvailable } from './chromium';
import { eventually } from './record-system';
import { openWorkbench, paneOf, type WorkbenchSession } from './workbench-session';

const run = chromiumAvailable() ? describe : describe.skip;
const OFFICER = 'Bearer dev:beleid@bronvast.example';
const RECORD_URL = 'String {3c5f0b7e-9a4c-4d6e-8f21-6b0a7d1e5c42} Name BronvastRecordUrl';
const DISMISSED = 'String {3c5f0b7e-9a4c-4d6e-8f21-6b0a7d1e5c42} Name BronvastDismissed';
const DONE_TITLE = /^(\d+) berichten? nog niet vastgelegd$/;

/** The count in the view's title once the whole period is read. */
async function finishedCount(pane: FrameLocator): Promise<number> {
  const title = pane.getByTestId('unfiled-title');
  await title.filter({ hasText: DONE_TITLE }).waitFor({ timeout: 90_000 });
  return Number(DONE_TITLE.exec((await title.textContent()) ?? '')?.[1]);
}

/** A mail's extended property value as Graph gives it; '' when it has none. */
async function propertyOf(session: WorkbenchSession, id: string, property: string) {
  const url = `${session.workbench.emulator.baseUrl}/me/messages/${encodeURIComponent(id)}?$select=id&$expand=singleValueExtendedProperties($filter=id eq '${property}')`;
  const response = await fetch(url, {
    headers: { Authorization: OFFICER, Prefer: 'IdType="ImmutableId"' },
  });
  const body = (await response.json()) as { singleValueExtendedProperties?: { value: string }[] };
  return body.singleValueExtendedProperties?.[0]?.value ?? '';
}

run('"nog vastleggen" in the workbench, in Chromium', () => {
  let session: WorkbenchSession;
  let page: Page;

  beforeAll(async () => {
    session = await openWorkbench({ demoWeeks: true });
    ({ page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('lists the policy mail not yet filed, files two, sets one aside, and keeps them off the list', async () => {
    const pane = paneOf(page);
    await pane.getByText('Open een e-mail om die te beoordelen').waitFor();
    await pane.getByRole('button', { name: 'Nog vastleggen' }).click();
    // The first results show while the rest is read.
    await pane.getByTestId('unfiled-mail').first().waitFor({ timeout: 60_000 });
    const count = await finishedCount(pane);
    expect(count).toBeGreaterThan(10);
    // Each group says how many it holds; a long one shows its newest rows and a button for all.
    const groups = pane.getByTestId('unfiled-group');
    let total = 0;
    for (let index = 0; index < (await groups.count()); index += 1) {
      const group = groups.nth(index);
      const heading = (await group.getByRole('heading', { level: 3 }).textContent()) ?? '';
      const size = Number(/\((\d+)\)$/.exec(heading)?.[1]);
      total += size;
      const more = group.getByRole('button', { name: `Alle ${size} tonen` });
      if ((await more.count()) > 0) {
        await expect(group.getByTestId('unfiled-mail').count()).resolves.toBe(25);
        await more.click();
      }
      await expect(group.getByTestId('unfiled-mail').count()).resolves.toBe(size);
    }
    expect(total).toBe(count);
    const headings = await pane.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.length).toBeGreaterThan(1);
    expect(headings.some((heading) => /^BZK-\d{4}-\d{4} · /.test(heading))).toBe(true);
    await expect(pane.getByRole('status').first().textContent()).resolves.toMatch(/^Klaar: \d+/);
    await page.screenshot({ path: '/tmp/week-unfiled.png' });

    const group = pane.getByTestId('unfiled-group').filter({ hasText: /^BZK-/ }).first();
    const rows = group.getByTestId('unfiled-mail').and(pane.locator('[data-mailbox=""]'));
    const filedIds = [
      (await rows.nth(0).getAttribute('data-mail-id')) ?? '',
      (await rows.nth(1).getAttribute('data-mail-id')) ?? '',
    ];
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await pane.getByRole('button', { name: '2 berichten vastleggen' }).click();
    await pane.getByText('2 berichten in de wachtrij om vast te leggen.').waitFor();
    await pane
      .getByTestId('unfiled-title')
      .filter({ hasText: `${count - 2} berichten nog niet vastgelegd` })
      .waitFor({ timeout: 5_000 });

    // A mail of the officer's own mailbox, set aside as private.
    const privateRow = pane
      .getByTestId('unfiled-mail')
      .and(pane.locator('[data-mailbox=""]'))
      .first();
    const privateId = (await privateRow.getAttribute('data-mail-id')) ?? '';
    await privateRow.getByRole('checkbox').check();
    await pane.getByRole('button', { name: 'Privé (1)' }).click();
    await pane
      .getByTestId('unfiled-title')
      .filter({ hasText: `${count - 3} berichten nog niet vastgelegd` })
      .waitFor({ timeout: 5_000 });
    expect(await propertyOf(session, privateId, DISMISSED)).toBe('prive');
    for (const id of filedIds)
      await eventually(async () =>
        (await propertyOf(session, id, RECORD_URL)) === '' ? undefined : true,
      );

    await pane.getByRole('button', { name: 'Terug naar het bericht' }).click();
    await pane.getByRole('button', { name: 'Nog vastleggen' }).click();
    expect(await finishedCount(pane)).toBe(count - 3);
    const listed = await pane
      .getByTestId('unfiled-mail')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-mail-id')));
    for (const id of [...filedIds, privateId]) expect(listed).not.toContain(id);
  }, 240_000);

  it('opens the pane on "nog vastleggen" when the workbench address says view=unfiled', async () => {
    await page.goto(new URL('?view=unfiled', session.workbench.url).href);
    const pane = paneOf(page);
    await pane.getByTestId('unfiled-title').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('pane-frame').getAttribute('src')).resolves.toMatch(
      /[?&]view=unfiled(&|$)/,
    );
    await pane.getByRole('button', { name: 'Terug naar het bericht' }).waitFor();
  }, 120_000);
});
