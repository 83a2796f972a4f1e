import { prepareContext, triageMessage, type Message, type Triage } from '../../../src/core';
import { reportCoverage, scanUnfiled, type UnfiledMail } from '../../../src/filing/unfiled';
import { fetchAllPages } from '../../../src/graph/paging';
import { COVERAGE_LIST_NAME } from '../../../src/graph/provisioning/coverage-list';
import { markMessageFiled, type GraphClient } from '../../../src/graph';
import { markMessageDismissed } from '../../../src/graph/mail/dismissal';
import { readMailPages } from '../../../src/graph/mail/mail-pages';
import { MANAGER, startHarness, type Harness } from './harness';

let harness: Harness;
let client: GraphClient;
const TEN_WEEKS = 70 * 86_400_000;
const since = (): Date => new Date(Date.now() - TEN_WEEKS);
const context = prepareContext({
  dossiers: [],
  history: [],
  organisationDomains: ['bronvast.example'],
});
const triage = (message: Message): Triage => triageMessage(message, context);

beforeAll(async () => {
  harness = await startHarness({ demoWeeks: true });
  client = harness.client();
});
afterAll(() => harness.stop());

async function scan(): Promise<{ found: UnfiledMail[]; pages: number }> {
  const found: UnfiledMail[] = [];
  let pages = 0;
  await scanUnfiled({
    client,
    sharedMailboxes: ['postbus-woo@bronvast.example'],
    since: since(),
    prepareTriage: () => Promise.resolve(triage),
    pageSize: 25,
    onPage: (batch) => {
      pages += 1;
      found.push(...batch);
    },
  });
  return { found, pages };
}

describe('the mail of the last ten weeks', () => {
  it('reads the inbox page by page, newest first, with the text body and immutable ids', async () => {
    const pages = readMailPages(client, { folder: 'inbox', since: since(), pageSize: 20 });
    const first = await pages.next();
    const second = await pages.next();
    await pages.return(undefined);
    const mails = [...(first.value ?? []), ...(second.value ?? [])];
    expect(mails).toHaveLength(40);
    const times = mails.map((mail) => mail.message.received?.getTime() ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(times.every((time) => time >= since().getTime() - 60_000)).toBe(true);
    expect(mails.some((mail) => mail.message.bodyText.includes('Met vriendelijke groet'))).toBe(
      true,
    );
    expect(mails.some((mail) => mail.message.headers['list-unsubscribe'] !== undefined)).toBe(true);
    expect(mails.every((mail) => mail.mark.kind === 'open')).toBe(true);
  });

  it('lists policy mail of both mailboxes, leaves out newsletters, and drops filed and set-aside mail', async () => {
    const before = await scan();
    expect(before.pages).toBeGreaterThan(4);
    const subjects = before.found.map((mail) => mail.subject);
    expect(subjects.some((subject) => /^BZK-2025-\d{4} /.test(subject))).toBe(true);
    expect(subjects.some((subject) => /Nieuwsbrief|KIA Informatiehuishouding/.test(subject))).toBe(
      false,
    );
    expect(before.found.some((mail) => mail.mailbox === 'postbus-woo@bronvast.example')).toBe(true);
    const [filed, dismissed] = before.found;
    if (filed === undefined || dismissed === undefined) throw new Error('too few mails');
    await markMessageFiled(client, filed.id, 'https://bronvast.sharepoint.com/x.eml', {
      ...(filed.mailbox === undefined ? {} : { mailbox: filed.mailbox }),
    });
    await markMessageDismissed(client, dismissed.id, 'prive', {
      ...(dismissed.mailbox === undefined ? {} : { mailbox: dismissed.mailbox }),
    });
    const after = await scan();
    const ids = new Set(after.found.map((mail) => mail.id));
    expect(ids.has(filed.id)).toBe(false);
    expect(ids.has(dismissed.id)).toBe(false);
    expect(after.found).toHaveLength(before.found.length - 2);
  });
});

describe('the coverage report', () => {
  it('adds counts only to the coverage list the provisioning made', async () => {
    const site = await harness.site();
    const rows = Array.from({ length: 23 }, (_, index) => ({
      team: 'Directie Open Overheid',
      week: `2026-W${String(index + 10).padStart(2, '0')}`,
      mailbox: 'postbus-woo@bronvast.example',
      relevant: 10,
      filed: 6,
      dismissed: 1,
      open: 3,
      oldestOpenDays: 12,
    }));
    const outcome = await reportCoverage(client, site, rows, new Date('2026-12-07T10:00:00Z'));
    expect(outcome).toEqual({ kind: 'reported', items: 23 });
    const items = await fetchAllPages<{ fields: Record<string, unknown> }>(
      harness.client(MANAGER),
      {
        method: 'GET',
        url: `/sites/${site.siteId}/lists/${COVERAGE_LIST_NAME}/items`,
        query: { $expand: 'fields', $top: '100' },
        label: 'test.coverage',
      },
    );
    expect(items).toHaveLength(23);
    const fields = items[0]?.fields ?? {};
    expect(fields).toMatchObject({ Team: 'Directie Open Overheid', Relevant: 10, Open: 3 });
    const names = Object.keys(fields).filter(
      (name) =>
        !/^(@|id$|Title$|Created|Modified|Author|Editor|_|ContentType|Attachments|Edit|LinkTitle|FolderChildCount|ItemChildCount)/.test(
          name,
        ),
    );
    expect(names.sort()).toEqual([
      'Dismissed',
      'Filed',
      'Mailbox',
      'OldestOpenDays',
      'Open',
      'Relevant',
      'ReportedAt',
      'Team',
      'Week',
    ]);
  });
});
