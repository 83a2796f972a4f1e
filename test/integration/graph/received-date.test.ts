import 'fake-indexeddb/auto';
import { assessMessage, prepareContext } from '../../../src/core';
import { asDossierId, asRestItemId } from '../../../src/core/ids';
import { createFilingServices, memoryOutboxStore, Outbox } from '../../../src/filing';
import { queryReviewQueue } from '../../../src/graph';
import { readSignInFailure } from '../../../src/host/SignInError';
import { DEMO_SITE, MANAGER, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.stop());

interface ListedMail {
  readonly id: string;
  readonly subject: string;
  readonly receivedDateTime: string;
  readonly sentDateTime: string;
}

/** The newest mail of one of the officer's folders, as the mailbox lists it. */
async function newestIn(folder: 'inbox' | 'sentitems'): Promise<ListedMail> {
  const response = await harness.client(OFFICER).send({
    method: 'GET',
    url: `/me/mailFolders/${folder}/messages`,
    query: { $top: '1', $select: 'id,subject,receivedDateTime,sentDateTime' },
    label: 'test.folder',
  });
  const [mail] = ((await response.json()) as { value: ListedMail[] }).value;
  if (mail === undefined) throw new Error(`no mail in ${folder}`);
  return mail;
}

/** Files a mailbox mail through the outbox, as the pane, the ribbon and the sweep do. */
async function fileFromMailbox(mail: ListedMail): Promise<void> {
  const filing = createFilingServices({
    tokenProvider: () => Promise.resolve(`dev:${OFFICER}`),
    graphBaseUrl: harness.emulator.baseUrl,
    site: DEMO_SITE,
    filedBy: OFFICER,
    assess: async (message) =>
      assessMessage(message, prepareContext({ dossiers: [], history: [] })),
    readOtherFailure: readSignInFailure,
  });
  const outbox = new Outbox({
    store: memoryOutboxStore(),
    file: filing.fileMail,
    readFailure: filing.readFailure,
  });
  await outbox.start();
  await outbox.enqueue({
    itemId: asRestItemId(mail.id),
    subject: mail.subject,
    choices: { dossier: asDossierId('BZK-2024-0113') },
  });
  await outbox.idle();
  outbox.stop();
  expect(outbox.jobs()[0]?.state.kind).toBe('done');
}

/** The received date the filed record carries, as the review page reads it. */
async function receivedOfRecord(subject: string): Promise<Date | undefined> {
  const manager = harness.client(MANAGER);
  const page = await queryReviewQueue(manager, await harness.site(manager), { subject });
  const item = page.items.find((candidate) => candidate.record.metadata?.subject === subject);
  return item?.record.metadata?.received;
}

describe('the received date of a filed mail', () => {
  it('is the date the mail arrived in the inbox', async () => {
    const mail = await newestIn('inbox');
    await fileFromMailbox(mail);
    expect(await receivedOfRecord(mail.subject)).toEqual(new Date(mail.receivedDateTime));
  });

  it('is the date a sent mail was sent', async () => {
    const mail = await newestIn('sentitems');
    await fileFromMailbox(mail);
    expect(await receivedOfRecord(mail.subject)).toEqual(new Date(mail.sentDateTime));
  });
});
