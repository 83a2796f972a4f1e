import { JSDOM } from 'jsdom';
import { assessMessage, prepareContext } from '../src/core';
import { asDossierId } from '../src/core/ids';
import { dedupKey } from '../src/core/records';
import { createChatFiler } from '../src/filing/chat/chat-filer';
import { createChatSanitizer } from '../src/filing/chat/sanitize-chat-html';
import { createGraphClient, resolveSite } from '../src/graph';
import { listChatPosts, messageFromChatSelection, type ChatPost } from '../src/graph/chats';

const SITE = { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' };

/**
 * Files a decision with 20 context messages from the given chat and counts the requests by
 * label; the dedup lookup and the site's ids (resolved once per session) are counted apart.
 */
export async function countChatFilingRequests(
  graphBaseUrl: string,
  chatId: string,
): Promise<Record<string, unknown>> {
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve('dev:beleid@bronvast.example'),
    baseUrl: graphBaseUrl,
  });
  const resolution = await resolveSite(client, SITE);
  if (resolution.kind !== 'resolved') throw new Error('site not provisioned');
  const site = resolution.ids;
  const location = { kind: 'chat', chatId } as const;
  const [decision, ...context] = (await listChatPosts(client, location, { top: 21 })).items;
  if (decision === undefined) throw new Error('empty chat');
  const core = prepareContext({ dossiers: [], history: [] });
  const filer = createChatFiler({
    client,
    site: () => Promise.resolve(site),
    dossiers: () => Promise.resolve([]),
    assess: (message) => Promise.resolve(assessMessage(message, core)),
    sanitize: createChatSanitizer(new JSDOM('').window),
    filedBy: 'beleid@bronvast.example',
  });
  const ref = (post: ChatPost) => ({ id: post.id, replyToId: post.replyToId });
  const message = messageFromChatSelection({ decision, context, title: 'Projectgroep' });
  const before = client.counter.byLabel();
  const result = await filer(
    {
      kind: 'chat',
      itemId: dedupKey(message),
      subject: message.subject,
      choices: { dossier: asDossierId('BZK-2025-0150') },
      chat: { location, decision: ref(decision), context: context.map(ref), title: 'Projectgroep' },
    },
    () => undefined,
  );
  const after = client.counter.byLabel();
  const byLabel = Object.fromEntries(
    Object.entries(after)
      .map(([label, count]) => [label, count - (before[label] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
  const beyondLookup = Object.entries(byLabel)
    .filter(([label]) => label !== 'records.dedup-lookup')
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    outcome: result.outcome,
    contextMessages: context.length,
    requestsBeyondDedupLookup: beyondLookup,
    target: 5,
    byLabel,
  };
}
