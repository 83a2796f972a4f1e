import 'fake-indexeddb/auto';
import { assessMessage, prepareContext } from '../../../src/core';
import { asDossierId, asRestItemId } from '../../../src/core/ids';
import {
  createFilingServices,
  memoryOutboxStore,
  Outbox,
  readFilingFailure,
  SiteNotProvisionedError,
} from '../../../src/filing';
import { GraphCallError, type SiteLocation } from '../../../src/graph';
import { readSignInFailure, SignInError } from '../../../src/host/SignInError';
import { DEMO_SITE, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.stop());

const services = (
  site: SiteLocation = DEMO_SITE,
  tokenProvider = () => Promise.resolve(`dev:${OFFICER}`),
) =>
  createFilingServices({
    tokenProvider,
    graphBaseUrl: harness.emulator.baseUrl,
    site,
    filedBy: OFFICER,
    assess: async (message) =>
      assessMessage(message, prepareContext({ dossiers: [], history: [] })),
    readOtherFailure: readSignInFailure,
  });

const aJob = (itemId: string) => ({
  itemId: asRestItemId(itemId),
  subject: 'Advies',
  choices: { dossier: asDossierId('BZK-2024-0113') },
});

describe('the filing services every surface builds', () => {
  it('reach the site and its dossier registry in one place', async () => {
    const filing = services();
    const dossiers = await filing.dossiers();
    expect(dossiers.length).toBeGreaterThan(0);
    expect((await filing.site()).recordsDriveId).toMatch(/^b!/);
  });

  it('report a site without its lists as a configuration error, tried once, never again on its own', async () => {
    const filing = services({ ...DEMO_SITE, lists: { records: 'Geen-lijst' } });
    await expect(filing.site()).rejects.toBeInstanceOf(SiteNotProvisionedError);
    let runs = 0;
    const outbox = new Outbox({
      store: memoryOutboxStore(),
      file: async (job, onStage) => {
        runs += 1;
        return filing.fileMail(job, onStage);
      },
      readFailure: filing.readFailure,
    });
    await outbox.start();
    const [first] = await services()
      .client.send({
        method: 'GET',
        url: '/me/messages',
        query: { $top: '1', $select: 'id' },
        label: 'test.inbox',
      })
      .then(async (response) => ((await response.json()) as { value: { id: string }[] }).value);
    await outbox.enqueue(aJob(first?.id ?? ''));
    await outbox.idle();
    expect(runs).toBe(1);
    expect(outbox.jobs()[0]?.state).toMatchObject({
      kind: 'failed',
      reason: 'site-not-provisioned',
      retryAt: null,
      permanent: true,
    });
    outbox.stop();
  });

  it('file a mailbox mail whose subject carries bidi controls, the column keeping it', async () => {
    const filing = services();
    const subject = 'Factuur \u202Efdp.exe besluit \u2066BZK\u2069\u200F';
    // Outlook sends it, with its own token.
    await harness.client(OFFICER, undefined, ['Mail.Send']).send({
      method: 'POST',
      url: '/me/sendMail',
      json: {
        message: {
          subject,
          body: { contentType: 'Text', content: 'Zie bijlage.' },
          toRecipients: [{ emailAddress: { address: OFFICER } }],
        },
      },
      label: 'test.send',
    });
    const found = (await (
      await filing.client.send({
        method: 'GET',
        url: '/me/mailFolders/inbox/messages',
        query: { $top: '5', $select: 'id,subject' },
        label: 'test.inbox',
      })
    ).json()) as { value: { id: string; subject: string }[] };
    const id = found.value.find((message) => message.subject === subject)?.id ?? '';
    const job = { ...aJob(id), id, createdAt: 0, updatedAt: 0, attempts: 0 };
    const result = await filing.fileMail({ ...job, state: { kind: 'queued' } }, () => undefined);
    expect(result).toMatchObject({ outcome: 'filed' });
    const url = result.outcome === 'filed' ? result.recordUrl : '';
    const name = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
    expect(name).toMatch(/ - Factuur fdp\.exe besluit BZK - [0-9a-f]{8}\.eml$/);
    const site = await filing.site();
    const items = (await (
      await filing.client.send({
        method: 'GET',
        url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
        query: { $expand: 'fields', $top: '200' },
        label: 'test.records',
      })
    ).json()) as { value: { fields: Record<string, unknown> }[] };
    const fields = items.value.find((item) => item.fields['FileLeafRef'] === name)?.fields;
    expect(fields?.['MailSubject']).toBe(subject);
  });

  it('read a failed sign-in as itself, not as a lost connection to retry', async () => {
    const filing = services(DEMO_SITE, () => Promise.reject(new SignInError('dialog-closed')));
    const error = await filing.dossiers().catch((caught: unknown) => caught);
    expect(filing.readFailure(error)).toEqual({ reason: 'dialog-closed', transient: false });
  });
});

describe('readFilingFailure', () => {
  it('lets throttling wait and retry, with the wait Graph asks for', () => {
    const throttled = new GraphCallError({ kind: 'throttled', status: 429, retryAfter: 3 });
    expect(readFilingFailure(throttled)).toEqual({
      reason: 'throttled',
      transient: true,
      retryAfterMs: 3000,
    });
  });

  it('reads an error it does not know as unexpected, not as a connection to retry', () => {
    expect(readFilingFailure(new TypeError('x is undefined'))).toEqual({
      reason: 'unexpected',
      transient: false,
    });
  });
});
