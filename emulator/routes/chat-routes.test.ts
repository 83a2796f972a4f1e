import { MANAGER, startTestEmulator, type TestEmulator } from '../testing/harness';

describe('chats', () => {
  let test: TestEmulator;
  let chatId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    const chats = await test.json('/chats');
    chatId = String(chats.body.value?.[0]?.['id']);
  });
  afterAll(() => test.stop());

  it('lists the demo chat for its members', async () => {
    const { body } = await test.json('/me/chats', { as: MANAGER });
    expect(body.value?.[0]?.['topic']).toBe('Kernteam Open op Orde');
  });

  it('serves messages newest first, paged by nextLink, with the decision among them', async () => {
    const first = await test.json(`/chats/${encodeURIComponent(chatId)}/messages?$top=5`);
    const times = (first.body.value ?? []).map((message) => String(message['createdDateTime']));
    expect(times).toEqual([...times].sort().reverse());
    const all = [...(first.body.value ?? [])];
    let next = first.body['@odata.nextLink'] as string | undefined;
    while (next !== undefined) {
      const page = await test.json(next);
      all.push(...(page.body.value ?? []));
      next = page.body['@odata.nextLink'] as string | undefined;
    }
    expect(all).toHaveLength(12);
    const decision = all.find((message) =>
      String((message['body'] as { content: string }).content).includes('Besluit:'),
    );
    expect(decision?.['importance']).toBe('high');
    const one = await test.json(
      `/chats/${encodeURIComponent(chatId)}/messages/${String(decision?.['id'])}`,
    );
    expect((one.body['from'] as { user: { displayName: string } }).user.displayName).toBe(
      'Jeroen Mulder',
    );
  });

  it('caps $top at 50 and answers 404 for an unknown chat', async () => {
    expect(
      (await test.json(`/chats/${encodeURIComponent(chatId)}/messages?$top=500`)).body.value,
    ).toHaveLength(12);
    expect((await test.call('/chats/19:onbekend@thread.v2/messages')).status).toBe(404);
  });
});
