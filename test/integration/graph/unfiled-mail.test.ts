import { assessMessage, prepareContext, type Assessment, type Message } from '../../../src/core';
import { scanUnfiled, type UnfiledMail } from '../../../src/filing/unfiled';
import { markMessageFiled, type GraphClient } from '../../../src/graph';
import { markMessageDismissed } from '../../../src/graph/mail/dismissal';
import { readMailPages } from '../../../src/graph/mail/mail-pages';
import { startHarness, type Harness } from './harness';

let harness: Harness;
let client: GraphClient;
const TEN_WEEKS = 70 * 86_400_000;
const since = (): Date => new Date(Date.now() - TEN_WEEKS);
const context = prepareContext({
  dossiers: [],
  history: [],
  organisationDomains: ['bronvast.example'],
});
const assess = (message: Message): Promise<Assessment> =>
  Promise.resolve(assessMessage(message, context));

beforeAll(async () => {
  harness = await startHarness();
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
    assess,
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
