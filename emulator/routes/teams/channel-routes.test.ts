import { DEMO_CHANNEL, DEMO_TEAM } from '../../seed/channel';
import { DEMO_CHAT } from '../../seed/chat';
import { CHAT_PEOPLE } from '../../seed/chat-people';
import { addChat, addLargeChat } from '../../testing/large-chat';
import { startTestEmulator, type TestEmulator } from '../../testing/harness';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const channelPath = `/teams/${DEMO_TEAM.id}/channels/${encodeURIComponent(DEMO_CHANNEL.id)}`;
const PRIVATE_CHAT = '19:mt0000000000000000000000000000000@thread.v2';

describe('teams and channels', () => {
  let test: TestEmulator;
  let largeChatId: string;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-channels-'));
    largeChatId = await addLargeChat(dataDir, 5000);
    await addChat(
      dataDir,
      {
        id: PRIVATE_CHAT,
        topic: 'Managementoverleg',
        createdDateTime: '2025-10-01T08:00:00.000Z',
        lastUpdatedDateTime: '2025-10-01T08:00:00.000Z',
        members: [CHAT_PEOPLE.marloes, CHAT_PEOPLE.pieter],
      },
      [],
    );
    test = await startTestEmulator({ dataDir });
  });
  afterAll(() => test.stop());

  it('lists the joined team and its channel', async () => {
    const teams = await test.json('/me/joinedTeams', { scopes: ['Team.ReadBasic.All'] });
    expect(teams.body.value?.map((team) => team['displayName'])).toEqual([DEMO_TEAM.displayName]);
    const channels = await test.json(`/teams/${DEMO_TEAM.id}/channels`);
    expect(channels.body.value?.map((channel) => channel['displayName'])).toEqual([
      'Woo-verzoeken',
    ]);
  });

  it('serves root messages only, and the thread from /replies', async () => {
    const roots = await test.json(`${channelPath}/messages`);
    expect(roots.body.value?.map((message) => message['replyToId'])).toEqual([null, null]);
    const thread = roots.body.value?.[0];
    expect(thread?.['subject']).toBe('Woo-verzoek 2025-117: verdagen?');
    const replies = await test.json(`${channelPath}/messages/${String(thread?.['id'])}/replies`);
    expect(replies.body.value).toHaveLength(4);
    expect(replies.body.value?.every((reply) => reply['replyToId'] === thread?.['id'])).toBe(true);
    expect(replies.body.value?.[0]?.['channelIdentity']).toEqual({
      teamId: DEMO_TEAM.id,
      channelId: DEMO_CHANNEL.id,
    });
    const reply = await test.json(
      `${channelPath}/messages/${String(thread?.['id'])}/replies/${String(replies.body.value?.[1]?.['id'])}`,
    );
    expect(String((reply.body['body'] as { content: string }).content)).toContain('Besluit:');
  });

  it('posts a reply into a thread', async () => {
    const roots = await test.json(`${channelPath}/messages`);
    const root = String(roots.body.value?.[0]?.['id']);
    const sent = await test.json(`${channelPath}/messages/${root}/replies`, {
      method: 'POST',
      body: { body: { contentType: 'html', content: '<p>Vastgelegd.</p>' } },
    });
    expect(sent.status).toBe(201);
    expect(sent.body['replyToId']).toBe(root);
  });

  it('answers 403 to someone who is not a member, 404 to a wrong team', async () => {
    const forbidden = await test.json(`/chats/${encodeURIComponent(PRIVATE_CHAT)}/messages`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body['error']).toMatchObject({ code: 'Forbidden' });
    expect((await test.json('/me/chats')).body.value?.map((chat) => chat['id'])).not.toContain(
      PRIVATE_CHAT,
    );
    expect((await test.call(`/chats/${encodeURIComponent(DEMO_CHAT.id)}/messages`)).status).toBe(
      200,
    );
    expect(
      (await test.call(`/teams/onbekend/channels/${encodeURIComponent(DEMO_CHANNEL.id)}/messages`))
        .status,
    ).toBe(404);
  });

  it('pages a 5,000-message chat 50 at a time, newest first, without repeats', async () => {
    const path = `/chats/${encodeURIComponent(largeChatId)}/messages?$top=50`;
    const first = await test.json(path);
    expect(first.body.value).toHaveLength(50);
    expect(String((first.body.value?.[0]?.['body'] as { content: string }).content)).toContain(
      '(5000)',
    );
    const seen = new Set<string>();
    let next: string | undefined = path;
    let pages = 0;
    while (next !== undefined) {
      const page = await test.json(next);
      for (const message of page.body.value ?? []) seen.add(String(message['id']));
      next = page.body['@odata.nextLink'] as string | undefined;
      pages += 1;
    }
    expect(pages).toBe(100);
    expect(seen.size).toBe(5000);
  });
});
