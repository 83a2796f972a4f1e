import { Readable } from 'node:stream';
import type { GraphContext } from '../../context';
import { chatMessageJson, messagesBase } from '../../graph/chat-json';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl, pageOf, readSkipToken } from '../../odata-query/paging';
import { parseTop, queryOption } from '../../odata-query/query-options';
import {
  canRead,
  findChat,
  findChatMessage,
  pageChatMessages,
  type ChatMessageRecord,
  type ChatRecord,
  type MessageOrder,
  type MessageScope,
} from '../../store/chats';

/** Route parameters: `chat` (a chat or channel id), `team`, `message`, `reply`, `hosted`. */
export type Params = Readonly<Record<string, string>>;

const messageNotFound = () =>
  graphError(404, 'NotFound', 'The requested message could not be found.');

/** The chat or channel the path names, if the signed-in user is a member (Graph: 403 otherwise). */
export function readableContainer(
  context: GraphContext,
  params: Params,
): ChatRecord | EmulatorResponse {
  const id = params['chat'] ?? params['channel'] ?? '';
  const chat = findChat(context.store, id);
  const team = params['team'];
  if (chat === undefined || (team !== undefined && chat.team?.id !== team)) {
    return graphError(
      404,
      'NotFound',
      `The requested ${team === undefined ? 'chat' : 'channel'} could not be found.`,
    );
  }
  if (!canRead(chat, context.user.id)) {
    return graphError(403, 'Forbidden', 'The user is not a member of this conversation.');
  }
  return chat;
}

/**
 * A page of messages, newest first: `$top` up to 50 (default 20), `@odata.nextLink` for more.
 * Ordered as chat-list-messages documents it
 * (https://learn.microsoft.com/en-us/graph/api/chat-list-messages: "$orderby: Currently
 * supports the lastModifiedDateTime (default) and createdDateTime properties in descending
 * order. Ascending order is currently not supported"): by last change unless
 * `$orderby=createdDateTime desc`; any other order is refused. Channel messages and replies
 * document no `$orderby`; they come by last change too and refuse one (the stricter reading).
 */
export async function listMessages(
  context: GraphContext,
  params: Params,
  scopeOf: (chat: ChatRecord) => MessageScope,
): Promise<EmulatorResponse> {
  const chat = readableContainer(context, params);
  if ('status' in chat) return chat;
  const top = parseTop(context.request.query, 20, 50);
  if (!top.ok) return top.response;
  const offset = readSkipToken(context.request.query);
  if (!offset.ok) return offset.response;
  const scope = scopeOf(chat);
  if (scope.kind === 'replies' && findChatMessage(context.store, chat.id, scope.to) === undefined)
    return messageNotFound();
  const order = messageOrder(queryOption(context.request.query, '$orderby'), chat);
  if (typeof order !== 'string') return order;
  const { page, total } = pageChatMessages(context.store, chat.id, scope, {
    offset: offset.value,
    limit: top.value,
    order,
  });
  // pageOf wants the whole collection; only its length matters for the next link.
  const placeholder: null[] = new Array<null>(total).fill(null);
  const { nextLink } = pageOf(context.request, placeholder, offset.value, top.value);
  const { origin } = context.request;
  return json(
    200,
    collection(
      contextUrl(context.request, `${messagesBase(chat)}/messages`),
      page.map((message) => chatMessageJson(message, chat, origin)),
      nextLink,
    ),
  );
}

function messageOrder(text: string | undefined, chat: ChatRecord): MessageOrder | EmulatorResponse {
  const wanted = text?.trim().replace(/\s+/g, ' ');
  if (wanted === undefined || wanted === '') return 'lastModifiedDateTime';
  if (chat.team === undefined) {
    if (/^lastModifiedDateTime desc$/i.test(wanted)) return 'lastModifiedDateTime';
    if (/^createdDateTime desc$/i.test(wanted)) return 'createdDateTime';
  }
  return graphError(400, 'BadRequest', `The $orderby '${wanted}' is not supported here.`);
}

/** The message (or reply) the path names, with its container. */
export function readableMessage(
  context: GraphContext,
  params: Params,
): { chat: ChatRecord; message: ChatMessageRecord } | EmulatorResponse {
  const chat = readableContainer(context, params);
  if ('status' in chat) return chat;
  const id = params['reply'] ?? params['message'] ?? '';
  const message = findChatMessage(context.store, chat.id, id);
  if (message === undefined) return messageNotFound();
  const root = params['reply'] === undefined ? null : (params['message'] ?? null);
  if (root !== null && message.replyToId !== root) return messageNotFound();
  return { chat, message };
}

/** One message or reply. */
export async function getMessage(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = readableMessage(context, params);
  if ('status' in found) return found;
  return json(200, {
    '@odata.context': contextUrl(context.request, `${messagesBase(found.chat)}/messages/$entity`),
    ...chatMessageJson(found.message, found.chat, context.request.origin),
  });
}

/** The hosted contents (inline images) of a message. */
export async function listHostedContents(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = readableMessage(context, params);
  if ('status' in found) return found;
  const values = (found.message.hostedContents ?? []).map((hosted) => ({
    id: hosted.id,
    contentBytes: null,
    contentType: null,
  }));
  return json(200, collection(contextUrl(context.request, 'hostedContents'), values, undefined));
}

/** The bytes of one hosted content. */
export async function getHostedContentValue(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = readableMessage(context, params);
  if ('status' in found) return found;
  const hosted = found.message.hostedContents?.find((item) => item.id === params['hosted']);
  if (hosted === undefined)
    return graphError(404, 'NotFound', 'The requested hosted content could not be found.');
  const bytes = Buffer.from(hosted.base64, 'base64');
  return {
    status: 200,
    headers: {},
    body: {
      kind: 'stream',
      open: () => Readable.from([bytes]),
      length: bytes.length,
      contentType: hosted.contentType,
    },
  };
}
