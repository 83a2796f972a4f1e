import { createHash } from 'node:crypto';
import { assessMessage, BODY_UNREADABLE, prepareContext, type Assessment } from '../../../src/core';
import { asDossierId, asSourceId } from '../../../src/core/ids';
import {
  contentFromBytes,
  findRecordByDedupKey,
  getMessageSummary,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { fileMailContent, type MailContentDependencies } from '../../../src/filing';
import { dedupKey } from '../../../src/core/records';
import { sendJson } from '../../../src/graph/request';
import { aMail, MANAGER, OFFICER, startHarness, type Harness } from './harness';
import { storedSha256 } from './records';

const DOSSIER = asDossierId('BZK-2024-0113');
let harness: Harness;
let officer: GraphClient;
let manager: GraphClient;
let site: SiteIds;
let assessed: Assessment[];
let dependencies: MailContentDependencies;

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client();
  manager = harness.client(MANAGER);
  site = await harness.site(officer);
  await harness.site(manager);
  const context = prepareContext({ dossiers: [], history: [], organisationDomains: [] });
  dependencies = {
    client: officer,
    site: () => Promise.resolve(site),
    dossiers: () => Promise.resolve([]),
    assess: (message) => Promise.resolve(assessMessage(message, context)),
    filedBy: OFFICER,
  };
});
beforeEach(() => (assessed = []));
afterAll(() => harness.stop());

const encode = (text: string) => new Uint8Array(new TextEncoder().encode(text));

/** Mails a MIME parser cannot read, as real mailboxes hold them. */
const UNREADABLE: readonly (readonly [string, Uint8Array<ArrayBuffer>])[] = [
  [
    'a NUL byte among its headers',
    encode('Message-ID: <nul@x.nl>\r\nSubject: Nul\u0000\r\n\r\nTekst.\r\n'),
  ],
  [
    'MIME nested 300 levels deep',
    encode(
      'Message-ID: <deep@x.nl>\r\nSubject: Diep\r\n' +
        Array.from(
          { length: 300 },
          (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`,
        ).join(''),
    ),
  ],
  ['no header block at all', encode('Alleen tekst, geen kopregels, geen lege regel erna')],
];

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('a mail the MIME reader cannot read', () => {
  it.each(UNREADABLE)(
    'is filed all the same (%s): exact bytes and the mailbox metadata',
    async (_, bytes) => {
      const known = aMail({ subject: 'Volgens de mailbox', bodyText: '' });
      const result = await fileMailContent(
        { ...dependencies, assess: async (message) => track(await dependencies.assess(message)) },
        {
          content: contentFromBytes(bytes),
          choices: { dossier: DOSSIER },
          fallback: async () => known,
        },
      );
      expect(result).toMatchObject({ outcome: 'filed', unreadable: expect.any(String) });
      const record = await findRecordByDedupKey(manager, site, dedupKey(known));
      expect(record?.metadata).toMatchObject({ subject: 'Volgens de mailbox', sha256: sha(bytes) });
      expect(await storedSha256(manager, site, await driveItemIdOf(record?.id ?? ''))).toBe(
        sha(bytes),
      );
      expect(assessed).toHaveLength(1);
    },
  );

  it("says in its assessment that the body could not be read, with the reader's code", async () => {
    const [, bytes] = UNREADABLE[0]!;
    const result = await fileMailContent(dependencies, {
      content: contentFromBytes(bytes),
      choices: { dossier: DOSSIER },
      fallback: async () => aMail(),
    });
    if (result.outcome !== 'filed') throw new Error(`not filed: ${result.outcome}`);
    const reason = { code: BODY_UNREADABLE, params: { cause: result.unreadable } };
    expect(result.unreadable).toBe('binary-content');
    expect(result.assessment.relevance.reasons[0]).toMatchObject(reason);
    expect(result.assessment.disclosure.reasons[0]).toMatchObject(reason);
  });

  it('without any metadata takes an id from its bytes, so filing it twice is one record', async () => {
    const bytes = encode('Geen kopregels, en ook de mailbox weet niets: uniek ' + Date.now());
    const file = () =>
      fileMailContent(dependencies, {
        content: contentFromBytes(bytes),
        choices: { dossier: DOSSIER },
      });
    expect((await file()).outcome).toBe('filed');
    expect((await file()).outcome).toBe('already-filed');
    const key = dedupKey({ ...aMail(), id: asSourceId(`sha256:${sha(bytes)}`) });
    expect((await findRecordByDedupKey(manager, site, key))?.metadata?.sha256).toBe(sha(bytes));
  });
});

describe('the mailbox metadata of a message', () => {
  it('comes from Graph without the body: subject, parties, dates and the Message-ID', async () => {
    const inbox = await sendJson<{
      value: { id: string; subject: string; internetMessageId: string }[];
    }>(officer, {
      method: 'GET',
      url: '/me/mailFolders/inbox/messages',
      query: { $top: '1', $select: 'id,subject,internetMessageId' },
      // Bronvast names mail by immutable id: list the inbox as it does.
      headers: { Prefer: 'IdType="ImmutableId"' },
      label: 'test.inbox',
    });
    const first = inbox.value[0]!;
    const summary = await getMessageSummary(officer, first.id);
    expect(summary.subject).toBe(first.subject);
    expect(`<${summary.id}>`).toBe(first.internetMessageId);
    expect(summary.from?.address).toMatch(/@/);
    expect(summary.bodyText).toBe('');
  });
});

function track(assessment: Assessment): Assessment {
  assessed.push(assessment);
  return assessment;
}

async function driveItemIdOf(listItemId: string): Promise<string> {
  const item = await sendJson<{ id: string }>(manager, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${listItemId}/driveItem`,
    label: 'test.drive-item',
  });
  return item.id;
}
