import {
  FILED_CATEGORY,
  getMessageMime,
  getMessageMimeContent,
  hashContent,
  listRecentSentMessages,
  markMessageFiled,
  readFiledMark,
  type GraphClient,
} from '../../../src/graph';
import { sendJson } from '../../../src/graph/request';
import { startHarness, type Harness } from './harness';

let harness: Harness;
let client: GraphClient;
let messageId: string;

beforeAll(async () => {
  harness = await startHarness();
  client = harness.client();
  const inbox = await sendJson<{ value: { id: string }[] }>(client, {
    method: 'GET',
    url: '/me/mailFolders/inbox/messages',
    query: { $top: '1', $select: 'id' },
    // Bronvast names mail by immutable id: list the inbox as it does.
    headers: { Prefer: 'IdType="ImmutableId"' },
    label: 'test.inbox',
  });
  messageId = inbox.value[0]?.id ?? '';
});
afterAll(() => harness.stop());

describe('mail', () => {
  it('streams the full MIME of a message', async () => {
    const { stream } = await getMessageMime(client, messageId);
    const text = await new Response(stream).text();
    expect(text).toMatch(/^[\s\S]*Message-ID:/im);
    expect(text).toMatch(/\r?\n\r?\n/);
    const content = await getMessageMimeContent(client, messageId);
    expect(content.size).toBe(new TextEncoder().encode(text).length);
    expect(await hashContent(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('marks a message as filed, keeps its other categories, and reads the mark back', async () => {
    await sendJson(client, {
      method: 'PATCH',
      url: `/me/messages/${messageId}`,
      json: { categories: ['Rood'] },
      headers: { Prefer: 'IdType="ImmutableId"' },
      label: 'test.category',
    });
    expect(await readFiledMark(client, messageId)).toEqual({ kind: 'not-filed' });
    const url = 'https://bronvast.sharepoint.com/sites/informatiebeheer/Records/X/a.eml';
    await markMessageFiled(client, messageId, url);
    await markMessageFiled(client, messageId, url);
    expect(await readFiledMark(client, messageId)).toEqual({ kind: 'filed', recordUrl: url });
    const message = await sendJson<{ categories: string[] }>(client, {
      method: 'GET',
      url: `/me/messages/${messageId}`,
      query: { $select: 'categories' },
      headers: { Prefer: 'IdType="ImmutableId"' },
      label: 'test.read',
    });
    expect(message.categories).toEqual(['Rood', FILED_CATEGORY]);
  });

  it('lists sent mail newest first with the add-in properties it was written with', async () => {
    const addinId = '{9547D0D2-4B63-4C74-983B-15C0EBE72F2B}';
    // Outlook sends it, with its own token.
    const outlook = harness.client(undefined, undefined, ['Mail.Send']);
    await sendJson(outlook, {
      method: 'POST',
      url: '/me/sendMail',
      json: {
        message: {
          subject: 'Kamerbrief stand van zaken',
          body: { contentType: 'Text', content: 'Zie bijgaand concept.' },
          toRecipients: [{ emailAddress: { address: 'directie@bronvast.example' } }],
          internetMessageHeaders: [{ name: 'X-Bronvast-Dossier', value: 'BZK-2025-0021' }],
          singleValueExtendedProperties: [
            {
              id: 'String {00020329-0000-0000-C000-000000000046} Name cecp-9547d0d2-4b63-4c74-983b-15c0ebe72f2b',
              value: JSON.stringify({ bronvastDossier: 'BZK-2025-0113', aantal: 3 }),
            },
          ],
        },
      },
      label: 'test.send',
    });
    const [newest] = await listRecentSentMessages(client, { addinId, top: 5 });
    expect(newest?.subject).toBe('Kamerbrief stand van zaken');
    expect(newest?.internetMessageId).not.toBe('');
    expect(newest?.customProperties).toEqual({ bronvastDossier: 'BZK-2025-0113' });
    const other = await listRecentSentMessages(client, { addinId: 'another-add-in', top: 1 });
    expect(other[0]?.customProperties).toEqual({});
  });
});
