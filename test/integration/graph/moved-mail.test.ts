import { assessMessage, prepareContext } from '../../../src/core';
import { asDossierId, asImmutableItemId, asRestItemId } from '../../../src/core/ids';
import {
  createMailFiler,
  memoryOutboxStore,
  Outbox,
  readFilingFailure,
  type FileJob,
  type MailFilingRequest,
} from '../../../src/filing';
import { createGraphClient, findRecordByDedupKey, type GraphClient } from '../../../src/graph';
import { sendJson } from '../../../src/graph/request';
import { MANAGER, OFFICER, startHarness, type Harness } from './harness';

const DOSSIER = asDossierId('BZK-2025-0177');
const POSTBUS = 'postbus-woo@bronvast.example';
const IMMUTABLE = { Prefer: 'IdType="ImmutableId"' };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.stop());

interface Listed {
  readonly id: string;
  readonly subject: string;
  readonly internetMessageId: string;
  readonly categories: string[];
}

/** A folder as Outlook (and so Office.js) knows it: plain REST ids. */
async function folder(client: GraphClient, path: string, immutable = false): Promise<Listed[]> {
  const page = await sendJson<{ value: Listed[] }>(client, {
    method: 'GET',
    url: `${path}/messages`,
    query: { $select: 'id,subject,internetMessageId,categories', $top: '50' },
    ...(immutable ? { headers: IMMUTABLE } : {}),
    label: 'test.folder',
  });
  return page.value;
}

/** What an Outlook rule does: moves the mail, knowing nothing of immutable ids. */
async function moveByRule(client: GraphClient, restId: string, to: string): Promise<void> {
  await sendJson(client, {
    method: 'POST',
    url: `/me/messages/${restId}/move`,
    json: { destinationId: to },
    label: 'test.rule',
  });
}

/** An outbox over the real mail filer. */
function outboxFor(client: GraphClient) {
  const context = prepareContext({ dossiers: [], history: [] });
  const file: FileJob = createMailFiler({
    client,
    site: () => harness.site(client),
    dossiers: () => Promise.resolve([]),
    assess: (message) => Promise.resolve(assessMessage(message, context)),
    filedBy: OFFICER,
  });
  return new Outbox({ store: memoryOutboxStore(), file, readFailure: readFilingFailure });
}

/** A fetch whose calls to the records site's lists fail (the connection drops) while `down()`. */
function listsDropWhile(down: () => boolean): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (down() && url.includes('/lists/')) throw new TypeError('fetch failed');
    return fetch(input, init);
  };
}

const request = (
  itemId: string,
  extra: Pick<MailFilingRequest, 'mailId' | 'mailbox'> = {},
): MailFilingRequest => ({
  itemId: asRestItemId(itemId),
  subject: 'Advies',
  choices: { dossier: DOSSIER },
  ...extra,
});

describe('a queued mail that a rule moves before it is filed', () => {
  it('is still filed: the outbox keeps the immutable id it looked up on the first run', async () => {
    let down = true;
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve(`dev:${OFFICER}`),
      baseUrl: harness.emulator.baseUrl,
      fetch: listsDropWhile(() => down),
      retry: { networkRetries: 1, networkDelayMs: 5 },
    });
    const [mail] = await folder(client, '/me/mailFolders/inbox');
    if (mail === undefined) throw new Error('no mail in the demo inbox');
    const outbox = outboxFor(client);
    await outbox.start();
    await outbox.enqueue(request(mail.id));
    await outbox.idle();
    const [failed] = outbox.jobs();
    expect(failed?.state).toMatchObject({ kind: 'failed', reason: 'network' });
    expect(failed && 'mailId' in failed ? failed.mailId : undefined).toMatch(/^AAkALgAA/);

    down = false;
    await moveByRule(client, mail.id, 'archive');
    expect(await folder(client, '/me/mailFolders/inbox')).not.toContainEqual(
      expect.objectContaining({ id: mail.id }),
    );
    await outbox.retry(failed?.id ?? '');
    await outbox.idle();
    expect(outbox.jobs()[0]?.state).toMatchObject({ kind: 'done', outcome: 'filed' });
    outbox.stop();

    const archived = (await folder(client, '/me/mailFolders/archive')).find(
      (message) => message.internetMessageId === mail.internetMessageId,
    );
    expect(archived?.categories).toContain('Vastgelegd in Bronvast');
    const key = `mail:${mail.internetMessageId.replace(/^<|>$/g, '')}`;
    expect(await findRecordByDedupKey(client, await harness.site(client), key)).not.toBeNull();
  });

  it('is filed from the immutable id Graph gave, however often it moved first', async () => {
    const client = harness.client();
    const [mail] = await folder(client, '/me/mailFolders/inbox', true);
    const [rest] = await folder(client, '/me/mailFolders/inbox');
    if (mail === undefined || rest === undefined) throw new Error('no mail in the demo inbox');
    const outbox = outboxFor(client);
    await moveByRule(client, rest.id, 'deleteditems');
    const id = asImmutableItemId(mail.id);
    await outbox.enqueue(request(id, { mailId: id }));
    await outbox.start();
    await outbox.idle();
    expect(outbox.jobs()[0]?.state).toMatchObject({ kind: 'done', outcome: 'filed' });
    outbox.stop();
  });

  it('says the mail is gone, once, when it moved before its lasting id was known', async () => {
    const client = harness.client();
    const [mail] = await folder(client, '/me/mailFolders/inbox');
    if (mail === undefined) throw new Error('no mail in the demo inbox');
    await moveByRule(client, mail.id, 'archive');
    const outbox = outboxFor(client);
    await outbox.start();
    await outbox.enqueue(request(mail.id));
    await outbox.idle();
    expect(outbox.jobs()[0]?.state).toMatchObject({
      kind: 'failed',
      reason: 'mail-not-found',
      retryAt: null,
      permanent: true,
    });
    outbox.stop();
  });
});

describe('a mail in a shared mailbox', () => {
  it('is read and marked through /users/{mailbox} by the officer delegated to it', async () => {
    const client = harness.client(OFFICER);
    const [mail] = await folder(client, `/users/${POSTBUS}/mailFolders/inbox`);
    if (mail === undefined) throw new Error('no mail in Postbus Woo');
    const outbox = outboxFor(client);
    await outbox.start();
    await outbox.enqueue(request(mail.id, { mailbox: POSTBUS }));
    await outbox.idle();
    expect(outbox.jobs()[0]?.state).toMatchObject({ kind: 'done', outcome: 'filed' });
    outbox.stop();
    const marked = (await folder(client, `/users/${POSTBUS}/mailFolders/inbox`)).find(
      (message) => message.id === mail.id,
    );
    expect(marked?.categories).toContain('Vastgelegd in Bronvast');
  });

  it('is refused to a colleague who is not delegated to the mailbox', async () => {
    const officer = harness.client(OFFICER);
    const [mail] = await folder(officer, `/users/${POSTBUS}/mailFolders/inbox`);
    const outbox = outboxFor(harness.client(MANAGER));
    await outbox.start();
    await outbox.enqueue(request(mail?.id ?? '', { mailbox: POSTBUS }));
    await outbox.idle();
    expect(outbox.jobs()[0]?.state).toMatchObject({ kind: 'failed', reason: 'forbidden' });
    outbox.stop();
  });
});
