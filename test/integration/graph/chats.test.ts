import { devToken } from '../../../src/host/dev-token';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/main';
import { DEMO_CHANNEL, DEMO_TEAM } from '../../../emulator/seed/channel';
import { DEMO_CHAT } from '../../../emulator/seed/chat';
import { addLargeChat } from '../../../emulator/testing/large-chat';
import { dedupKey } from '../../../src/core/records/dedup-key';
import { createGraphClient, isGraphCallError, type GraphClient } from '../../../src/graph';
import {
  getChatPost,
  getConversationTitle,
  getHostedContent,
  listChatPosts,
  listReplies,
  messageFromChatSelection,
  rereadPosts,
  sendChatReply,
  type ChatLocation,
  type ChatPost,
} from '../../../src/graph/chats';
import { OFFICER } from './harness';

const chat: ChatLocation = { kind: 'chat', chatId: DEMO_CHAT.id };
const channel = { kind: 'channel', teamId: DEMO_TEAM.id, channelId: DEMO_CHANNEL.id } as const;
let emulator: RunningEmulator;
let largeChatId: string;
const client = (): GraphClient =>
  createGraphClient({
    tokenProvider: () => Promise.resolve(`dev:${OFFICER}`),
    baseUrl: emulator.baseUrl,
    retry: { delaySeconds: 0, networkDelayMs: 5 },
  });
const teamsClient = (): GraphClient =>
  createGraphClient({
    tokenProvider: () => Promise.resolve(devToken(OFFICER, ['Chat.ReadWrite'])),
    baseUrl: emulator.baseUrl,
  });

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-chats-'));
  largeChatId = await addLargeChat(dataDir, 5000);
  emulator = await startEmulator({ port: 0, dataDir });
});
afterAll(() => emulator.close());

async function allPosts(graph: GraphClient, location: ChatLocation): Promise<ChatPost[]> {
  const posts: ChatPost[] = [];
  let nextLink: string | undefined;
  do {
    const page = await listChatPosts(graph, location, nextLink === undefined ? {} : { nextLink });
    posts.push(...page.items);
    nextLink = page.nextLink;
  } while (nextLink !== undefined);
  return posts;
}

describe('the chat adapter', () => {
  it('reads the demo chat: system, deleted, image and decision messages mapped once', async () => {
    const posts = await allPosts(client(), chat);
    expect(posts.map((post) => post.kind)).toContain('system');
    const deleted = posts.find((post) => post.kind === 'deleted');
    expect(deleted?.untrustedHtml).toBe('');
    const decision = posts.find((post) => post.untrustedHtml.includes('Besluit:'));
    expect(decision).toMatchObject({ importance: 'high', author: { name: 'Jeroen Mulder' } });
    expect(decision?.reactions).toHaveLength(2);
    expect(decision?.source.body?.contentType).toBe('html');
    const withImage = posts.find((post) => post.hostedImages.length > 0);
    const hosted = withImage?.hostedImages[0];
    if (withImage === undefined || hosted === undefined) throw new Error('no hosted image');
    const image = await getHostedContent(client(), withImage, hosted);
    expect(image.contentType).toBe('image/png');
    expect(image.bytes.length).toBeGreaterThan(100);
    expect(posts.flatMap((post) => post.files).map((file) => file.name)).toEqual([
      'Concept voortgangsbrief Open op Orde v0.9.docx',
    ]);
  });

  it('reads the first page of a 5,000-message chat in one request', async () => {
    const graph = client();
    const page = await listChatPosts(graph, { kind: 'chat', chatId: largeChatId });
    expect(page.items).toHaveLength(50);
    expect(page.nextLink).toBeDefined();
    expect(graph.counter.total()).toBe(1);
    const second = await listChatPosts(
      graph,
      { kind: 'chat', chatId: largeChatId },
      {
        nextLink: page.nextLink ?? '',
      },
    );
    expect(second.items[0]?.created.getTime()).toBeLessThan(
      page.items.at(-1)?.created.getTime() ?? 0,
    );
  });

  it('reads a channel thread and the titles', async () => {
    const graph = client();
    const roots = await listChatPosts(graph, channel);
    const root = roots.items.find((post) => post.subject !== undefined);
    const replies = await listReplies(graph, channel, root?.id ?? '');
    expect(replies).toHaveLength(4);
    expect(replies.every((reply) => reply.replyToId === root?.id)).toBe(true);
    expect(await getConversationTitle(graph, channel)).toBe('Woo-verzoeken');
    expect(await getConversationTitle(graph, chat)).toBe('Kernteam Open op Orde');
    const again = await getChatPost(graph, channel, replies[0]?.id ?? '', root?.id ?? null);
    expect(again.id).toBe(replies[0]?.id);
  });

  it('maps a selection to one chat Message whose identity is the decision', async () => {
    const posts = await allPosts(client(), chat);
    const decision = posts.find((post) => post.untrustedHtml.includes('Besluit:'));
    if (decision === undefined) throw new Error('no decision in the seed');
    const context = posts.filter((post) => post.created < decision.created).slice(0, 2);
    const message = messageFromChatSelection({ decision, context, title: 'Kernteam Open op Orde' });
    expect(message.kind).toBe('chat');
    expect(dedupKey(message)).toBe(`chat:${DEMO_CHAT.id}/${decision.id}`);
    expect(message.from?.name).toBe('Jeroen Mulder');
    expect(message.bodyText.split('\n').at(-1)).toMatch(
      /^Jeroen Mulder: Besluit: de voortgangsbrief/,
    );
    expect(message.subject).toMatch(/^Kernteam Open op Orde: Besluit:/);
  });

  it('notices a message deleted since it was listed, and an unknown chat as not found', async () => {
    const graph = client();
    const sent = await sendChatReply(graph, chat, '<p>Tijdelijk bericht</p>', null);
    const [before] = await rereadPosts(graph, [sent]);
    expect(before?.kind).toBe('found');
    // The sender deletes it in Teams, whose own token may write chats.
    const deleted = await teamsClient().send({
      method: 'POST',
      url: `/chats/${encodeURIComponent(DEMO_CHAT.id)}/messages/${sent.id}/softDelete`,
      label: 'test',
    });
    expect(deleted.status).toBe(204);
    const [after] = await rereadPosts(graph, [sent]);
    expect(after?.kind === 'found' ? after.post.kind : after?.kind).toBe('deleted');
    const error: unknown = await listChatPosts(graph, {
      kind: 'chat',
      chatId: '19:onbekend@thread.v2',
    }).catch((caught: unknown) => caught);
    expect(isGraphCallError(error) ? error.kind : error).toBe('not-found');
  });

  it('re-reads 21 messages in two requests', async () => {
    const graph = client();
    const page = await listChatPosts(graph, { kind: 'chat', chatId: largeChatId }, { top: 21 });
    const before = graph.counter.total();
    const again = await rereadPosts(graph, page.items);
    expect(graph.counter.total() - before).toBe(2);
    expect(again.every((entry) => entry.kind === 'found')).toBe(true);
  });
});
