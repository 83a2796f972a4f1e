import { DEMO_CHAT } from '../../seed/chat';
import { MANAGER, startTestEmulator, type TestEmulator } from '../../testing/harness';

const chatPath = `/chats/${encodeURIComponent(DEMO_CHAT.id)}`;
type Json = Record<string, unknown>;
const content = (message: Json) => String((message['body'] as { content: string }).content);

async function allPages(test: TestEmulator, first: string): Promise<Json[]> {
  const all: Json[] = [];
  let next: string | undefined = first;
  while (next !== undefined) {
    const page = await test.json(next);
    all.push(...(page.body.value ?? []));
    next = page.body['@odata.nextLink'] as string | undefined;
  }
  return all;
}

describe('chats', () => {
  let test: TestEmulator;
  beforeAll(async () => {
    test = await startTestEmulator();
  });
  afterAll(() => test.stop());

  it('lists the demo chat for its members', async () => {
    const { body } = await test.json('/me/chats', { as: MANAGER });
    expect(body.value?.map((chat) => chat['topic'])).toEqual(['Kernteam Open op Orde']);
  });

  it('serves messages newest-modified first by default, as Graph does: an edit moves one up', async () => {
    const first = await test.json(`${chatPath}/messages?$top=3`);
    const top = first.body.value?.[0] ?? {};
    expect(content(top)).toContain('Ja, 212');
    expect(top['lastEditedDateTime']).toBe('2025-11-20T16:10:00.000Z');
    const all = await allPages(test, `${chatPath}/messages?$top=5`);
    const modified = all.map((message) => String(message['lastModifiedDateTime']));
    expect(modified).toEqual([...modified].sort().reverse());
    const ascending = await test.json(`${chatPath}/messages?$orderby=createdDateTime asc`);
    expect(ascending.status).toBe(400);
  });

  it('serves messages newest created first when asked, paged by nextLink, with the decision among them', async () => {
    const first = await test.json(`${chatPath}/messages?$top=5&$orderby=createdDateTime desc`);
    expect(first.body.value).toHaveLength(5);
    const all = await allPages(test, `${chatPath}/messages?$top=5&$orderby=createdDateTime desc`);
    const times = all.map((message) => String(message['createdDateTime']));
    expect(times).toEqual([...times].sort().reverse());
    expect(all).toHaveLength(14);
    const decision = all.find((message) => content(message).includes('Besluit:'));
    expect(decision?.['importance']).toBe('high');
    expect(decision?.['mentions']).toEqual([
      expect.objectContaining({ id: 0, mentionText: 'Sanne de Vries' }),
    ]);
    expect(decision?.['reactions']).toHaveLength(2);
    const one = await test.json(`${chatPath}/messages/${String(decision?.['id'])}`);
    expect((one.body['from'] as { user: { displayName: string } }).user.displayName).toBe(
      'Jeroen Mulder',
    );
  });

  it('shows system and deleted messages as Graph does: no sender or no body', async () => {
    const all = await allPages(test, `${chatPath}/messages?$top=50`);
    const system = all.find((message) => message['messageType'] === 'systemEventMessage');
    expect(system?.['from']).toBeNull();
    expect(system?.['eventDetail']).toMatchObject({
      '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail',
    });
    const deleted = all.find((message) => message['deletedDateTime'] !== null);
    expect(content(deleted ?? {})).toBe('');
    expect(deleted?.['attachments']).toEqual([]);
  });

  it('serves a pasted image from hostedContents/$value at the URL in the body', async () => {
    const all = await allPages(test, `${chatPath}/messages?$top=50`);
    const withImage = all.find((message) => content(message).includes('hostedContents'));
    const url = /src="([^"]+)"/.exec(content(withImage ?? {}))?.[1] ?? '';
    expect(url).toMatch(/\/hostedContents\/[^/]+\/\$value$/);
    const image = await test.call(url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('links attached documents as reference attachments', async () => {
    const all = await allPages(test, `${chatPath}/messages?$top=50`);
    const attachments = all.flatMap((message) => message['attachments'] as Json[]);
    expect(attachments).toEqual([
      expect.objectContaining({
        contentType: 'reference',
        name: 'Concept voortgangsbrief Open op Orde v0.9.docx',
      }),
    ]);
  });

  it('caps $top at 50, rejects a bad $top and answers 404 for an unknown chat', async () => {
    const capped = await test.json(`${chatPath}/messages?$top=500`);
    expect(capped.body.value).toHaveLength(14);
    expect((await test.call(`${chatPath}/messages?$top=veel`)).status).toBe(400);
    expect((await test.call('/chats/19:onbekend@thread.v2/messages')).status).toBe(404);
  });

  it('sends a message as the signed-in user, newest first afterwards', async () => {
    const sent = await test.json(`${chatPath}/messages`, {
      method: 'POST',
      body: { body: { contentType: 'html', content: '<p>Vastgelegd in BZK-2025-0150.</p>' } },
      as: MANAGER,
    });
    expect(sent.status).toBe(201);
    expect((sent.body['from'] as { user: { displayName: string } }).user.displayName).toBe(
      'Marloes Bakker',
    );
    const first = await test.json(`${chatPath}/messages?$top=1`);
    expect(first.body.value?.[0]?.['id']).toBe(sent.body['id']);
  });

  it('refuses a message above 28 KB and accepts one just under it', async () => {
    const text = (size: number) => `<p>${'a'.repeat(size - 7)}</p>`;
    const big = await test.call(`${chatPath}/messages`, {
      method: 'POST',
      body: { body: { contentType: 'html', content: text(28 * 1024 + 1) } },
    });
    expect(big.status).toBe(413);
    const fits = await test.call(`${chatPath}/messages`, {
      method: 'POST',
      body: { body: { contentType: 'html', content: text(28 * 1024) } },
    });
    expect(fits.status).toBe(201);
  });

  it('lets the sender soft-delete a message, which then has no body', async () => {
    const sent = await test.json(`${chatPath}/messages`, {
      method: 'POST',
      body: { body: { contentType: 'text', content: 'Oeps <b>' } },
    });
    expect(content(sent.body)).toBe('Oeps &lt;b&gt;');
    const path = `${chatPath}/messages/${String(sent.body['id'])}`;
    const deleting = { method: 'POST', scopes: ['Chat.ReadWrite'] };
    expect((await test.call(`${path}/softDelete`, { ...deleting, as: MANAGER })).status).toBe(403);
    expect((await test.call(`${path}/softDelete`, { method: 'POST' })).status).toBe(403);
    expect((await test.call(`${path}/softDelete`, deleting)).status).toBe(204);
    const after = await test.json(path);
    expect(after.body['deletedDateTime']).not.toBeNull();
    expect(content(after.body)).toBe('');
  });
});
