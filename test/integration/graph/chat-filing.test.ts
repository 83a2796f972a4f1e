import { devToken } from '../../../src/host/dev-token';
import { JSDOM } from 'jsdom';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/main';
import { DEMO_CHAT } from '../../../emulator/seed/chat';
import { addLargeChat } from '../../../emulator/testing/large-chat';
import { assessMessage, prepareContext } from '../../../src/core';
import { asDossierId } from '../../../src/core/ids';
import { dedupKey } from '../../../src/core/records';
import { createChatFiler } from '../../../src/filing/chat/chat-filer';
import { createChatSanitizer } from '../../../src/filing/chat/sanitize-chat-html';
import type { ChatFilingRequest } from '../../../src/filing/outbox';
import {
  createGraphClient,
  findRecordByDedupKey,
  resolveSite,
  type GraphClient,
} from '../../../src/graph';
import {
  listChatPosts,
  listConversationRecords,
  messageFromChatSelection,
  sendChatReply,
  type ChatLocation,
  type ChatPost,
} from '../../../src/graph/chats';
import { sendJson } from '../../../src/graph/request';
import { DEMO_SITE, MANAGER, OFFICER } from './harness';
import { INTAKE_FOLDER } from '../../../src/graph/records/record-areas';

const chat: ChatLocation = { kind: 'chat', chatId: DEMO_CHAT.id };
const DOSSIER = asDossierId('BZK-2025-0150');
const sanitize = createChatSanitizer(new JSDOM('').window);
let emulator: RunningEmulator;
let largeChatId: string;

const client = (user = OFFICER): GraphClient =>
  createGraphClient({
    tokenProvider: () => Promise.resolve(`dev:${user}`),
    baseUrl: emulator.baseUrl,
    retry: { delaySeconds: 0, networkDelayMs: 5 },
  });
const teamsClient = (): GraphClient =>
  createGraphClient({
    tokenProvider: () => Promise.resolve(devToken(OFFICER, ['Chat.ReadWrite'])),
    baseUrl: emulator.baseUrl,
  });

function filer(graph: GraphClient, user = OFFICER) {
  const site = async () => {
    const resolution = await resolveSite(graph, DEMO_SITE);
    if (resolution.kind !== 'resolved') throw new Error('site not provisioned');
    return resolution.ids;
  };
  const context = prepareContext({ dossiers: [], history: [] });
  return createChatFiler({
    client: graph,
    site,
    dossiers: () => Promise.resolve([]),
    assess: (message) => Promise.resolve(assessMessage(message, context)),
    sanitize,
    filedBy: user,
  });
}

function request(
  decision: ChatPost,
  context: readonly ChatPost[],
  title = 'Kernteam Open op Orde',
): ChatFilingRequest {
  const message = messageFromChatSelection({ decision, context, title });
  const ref = (post: ChatPost) => ({ id: post.id, replyToId: post.replyToId });
  return {
    kind: 'chat',
    itemId: dedupKey(message),
    subject: message.subject,
    choices: { dossier: DOSSIER, toelichting: 'Besluit: brief op 2 december' },
    chat: {
      location: decision.location,
      decision: ref(decision),
      context: context.map(ref),
      title,
    },
  };
}

async function dossierFiles(graph: GraphClient) {
  const site = await resolveSite(graph, DEMO_SITE);
  if (site.kind !== 'resolved') throw new Error('site');
  const drive = site.ids.recordsDriveId;
  const children = await sendJson<{ value: { id: string; name: string }[] }>(graph, {
    method: 'GET',
    url: `/drives/${drive}/root:/${INTAKE_FOLDER}/${DOSSIER}:/children`,
    label: 'test',
  });
  const read = async (id: string) =>
    (
      await graph.send({
        method: 'GET',
        url: `/drives/${drive}/items/${id}/content`,
        label: 'test',
      })
    ).text();
  return { files: children.value, read, ids: site.ids };
}

let posts: ChatPost[];
let decision: ChatPost;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-chat-filing-'));
  largeChatId = await addLargeChat(dataDir, 200);
  emulator = await startEmulator({ port: 0, dataDir });
  posts = [...(await listChatPosts(client(), chat)).items];
  const found = posts.find((post) => post.untrustedHtml.includes('Besluit:'));
  if (found === undefined) throw new Error('no decision in the seed');
  decision = found;
});
afterAll(() => emulator.close());

const before = (count: number) =>
  posts
    .filter((post) => post.kind === 'message' && post.created < decision.created)
    .slice(0, count);

describe('filing a chat decision', () => {
  it('stores a sanitised HTML rendering with the decision and the JSON source beside it', async () => {
    const graph = client();
    const result = await filer(graph)(request(decision, before(2)), () => undefined);
    expect(result).toMatchObject({ outcome: 'filed', dossier: DOSSIER });
    const { files, read } = await dossierFiles(graph);
    const html = files.find((file) => file.name.endsWith('.html'));
    const json = files.find((file) => file.name === html?.name.replace(/\.html$/, '.json'));
    const rendering = await read(html?.id ?? '');
    expect(rendering).toContain('Besluit:</strong> de voortgangsbrief');
    expect(rendering).toContain('Content-Security-Policy');
    expect(rendering).not.toMatch(/<script|\son\w+=|javascript:/i);
    const source = JSON.parse(await read(json?.id ?? '')) as { id: string; body: unknown }[];
    expect(source.map((message) => message.id)).toContain(decision.id);
    expect(source).toHaveLength(3);
  });

  it('shows the filed decision to every member of the chat', async () => {
    const graph = client(MANAGER);
    const { ids } = await dossierFiles(graph);
    const records = await listConversationRecords(graph, ids, DEMO_CHAT.id);
    expect(records.map((record) => record.metadata?.sourceId)).toEqual([decision.id]);
    expect(records[0]?.metadata?.dossier).toBe(DOSSIER);
    // A chat message reaches its members when it is posted: that is its received date.
    expect(records[0]?.metadata?.received).toEqual(decision.created);
  });

  it('makes one record when a second member files the same decision', async () => {
    const graph = client(MANAGER);
    const result = await filer(graph, MANAGER)(request(decision, before(2)), () => undefined);
    expect(result.outcome).toBe('already-filed');
    const { files } = await dossierFiles(graph);
    expect(files.filter((file) => file.name.endsWith('.html'))).toHaveLength(1);
  });

  it('files more context as a new version of the same record', async () => {
    const graph = client();
    const site = await dossierFiles(graph);
    const key = request(decision, []).itemId;
    const first = await findRecordByDedupKey(graph, site.ids, key);
    const result = await filer(graph)(request(decision, before(4)), () => undefined);
    expect(result.outcome).toBe('filed');
    const after = await findRecordByDedupKey(graph, site.ids, key);
    expect(after?.id).toBe(first?.id);
    expect(after?.metadata?.sha256).not.toBe(first?.metadata?.sha256);
    const versions = await sendJson<{ value: unknown[] }>(graph, {
      method: 'GET',
      url: `/sites/${site.ids.siteId}/lists/${site.ids.recordsListId}/items/${after?.id ?? ''}/versions`,
      label: 'test',
    });
    expect(versions.value.length).toBeGreaterThan(1);
    const { files, read } = await dossierFiles(graph);
    const htmls = files.filter((file) => file.name.endsWith('.html'));
    expect(htmls).toHaveLength(1);
    const json = files.find((file) => file.name.endsWith('.json'));
    expect(JSON.parse(await read(json?.id ?? ''))).toHaveLength(5);
  });

  it('files a decision whose text carries bidi controls, the name cleaned and the column kept', async () => {
    const graph = client();
    const text = 'Besluit: bijlage \u202Efdp.exe \u2066akkoord\u2069\u200E';
    const sent = await sendChatReply(graph, chat, `<p>${text}</p>`, null);
    const filing = request(sent, [], 'Kernteam');
    const result = await filer(graph)(filing, () => undefined);
    expect(result).toMatchObject({ outcome: 'filed' });
    const site = await dossierFiles(graph);
    const record = await findRecordByDedupKey(graph, site.ids, filing.itemId);
    expect(record?.metadata?.subject).toBe(`Kernteam: ${text}`);
    const name = decodeURIComponent(record?.webUrl.split('/').pop() ?? '');
    expect(name).toMatch(/ - Kernteam_ Besluit_ bijlage fdp\.exe akkoord - [0-9a-f]{8}\.html$/);
  });

  it('refuses a decision deleted since it was listed, filing nothing', async () => {
    const graph = client();
    const sent = await sendChatReply(graph, chat, '<p>Besluit: toch anders.</p>', null);
    // The sender deletes it in Teams, whose own token may write chats.
    await teamsClient().send({
      method: 'POST',
      url: `/chats/${encodeURIComponent(DEMO_CHAT.id)}/messages/${sent.id}/softDelete`,
      label: 'test',
    });
    const result = await filer(graph)(request(sent, []), () => undefined);
    expect(result).toEqual({ outcome: 'refused', reason: 'chat-message-deleted' });
    const site = await dossierFiles(graph);
    expect(await findRecordByDedupKey(graph, site.ids, request(sent, []).itemId)).toBeNull();
  });

  it('stores hostile chat HTML inert, and files a 28 KB message whole', async () => {
    const graph = client();
    const hostile =
      '<p>Besluit <img src="https://evil.example/p.png" onerror="alert(1)"><a href="javascript:alert(1)">klik</a></p><script>alert(2)</script><iframe src="https://evil.example"></iframe><svg onload="alert(3)"></svg><p style="position:fixed">x</p>';
    const bad = await sendChatReply(graph, chat, hostile, null);
    expect((await filer(graph)(request(bad, []), () => undefined)).outcome).toBe('filed');
    const big = await sendChatReply(graph, chat, `<p>${'Lange tekst. '.repeat(2200)}</p>`, null);
    expect((await filer(graph)(request(big, []), () => undefined)).outcome).toBe('filed');
    const { files, read } = await dossierFiles(graph);
    const texts = await Promise.all(
      files.filter((f) => f.name.endsWith('.html')).map((f) => read(f.id)),
    );
    const hostileRecord = texts.find((text) => text.includes('>klik<'));
    expect(hostileRecord).toBeDefined();
    expect(hostileRecord).not.toMatch(
      /<script|<iframe|<svg|\son\w+=|javascript:|evil\.example|style="/i,
    );
    expect(texts.some((text) => text.split('Lange tekst.').length > 2200)).toBe(true);
  });

  it('files a decision with 20 context messages in at most 5 requests beyond the dedup lookup', async () => {
    const graph = client();
    const large: ChatLocation = { kind: 'chat', chatId: largeChatId };
    const [head, ...rest] = (await listChatPosts(graph, large, { top: 21 })).items;
    if (head === undefined) throw new Error('empty chat');
    const start = graph.counter.byLabel();
    expect((await filer(graph)(request(head, rest, 'Projectgroep'), () => undefined)).outcome).toBe(
      'filed',
    );
    const counts = graph.counter.byLabel();
    const used = Object.entries(counts)
      .filter(([label]) => !label.startsWith('site') && label !== 'records.dedup-lookup')
      .reduce((sum, [label, n]) => sum + n - (start[label] ?? 0), 0);
    expect(used).toBeLessThanOrEqual(5);
  });
});
