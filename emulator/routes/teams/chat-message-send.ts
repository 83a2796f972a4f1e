import type { GraphContext } from '../../context';
import { chatMessageJson, messagesBase } from '../../graph/chat-json';
import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError, invalidRequest } from '../../http/graph-error';
import { empty, json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { findChatMessage, saveChatMessage, type ChatRecord } from '../../store/chats';
import { readableContainer, readableMessage, type Params } from './chat-message-handlers';

/** Teams' limit on one message: about 28 KB of HTML. */
export const MESSAGE_LIMIT_BYTES = 28 * 1024;

function nextMessageId(context: GraphContext, chat: ChatRecord): string {
  let id = context.store.now().getTime();
  while (findChatMessage(context.store, chat.id, String(id)) !== undefined) id += 1;
  return String(id);
}

/**
 * Sends a message (or, with `message` in the path, a channel reply) as the signed-in user: the
 * sender comes from the token, never from the body.
 */
export async function sendMessage(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const chat = readableContainer(context, params);
  if ('status' in chat) return chat;
  const root = params['message'];
  if (root !== undefined) {
    const parent = findChatMessage(context.store, chat.id, root);
    if (parent === undefined || parent.replyToId !== null)
      return graphError(404, 'NotFound', 'The requested message could not be found.');
  }
  const read = await readJsonObject(context.request.body);
  if (!read.ok) return read.response;
  const body = asRecord(read.value['body']);
  const content = body?.['content'];
  if (typeof content !== 'string' || content.trim() === '')
    return invalidRequest('Invalid request body: body.content is required.');
  if (Buffer.byteLength(content, 'utf8') > MESSAGE_LIMIT_BYTES)
    return graphError(413, 'MessageSizeExceeded', 'The message exceeds the maximum size of 28 KB.');
  const html = body?.['contentType'] === 'html' ? content : escapeText(content);
  const now = context.store.now().toISOString();
  const message = {
    id: nextMessageId(context, chat),
    chatId: chat.id,
    createdDateTime: now,
    from: { userId: context.user.id, displayName: context.user.displayName, upn: context.user.upn },
    content: html,
    importance: 'normal' as const,
    replyToId: root ?? null,
    reactions: [],
  };
  saveChatMessage(context.store, message);
  return json(201, {
    '@odata.context': contextUrl(context.request, `${messagesBase(chat)}/messages/$entity`),
    ...chatMessageJson(message, chat, context.request.origin),
  });
}

/** Soft-deletes a message; only its sender may. */
export async function softDeleteMessage(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = readableMessage(context, params);
  if ('status' in found) return found;
  if (found.message.from?.userId !== context.user.id)
    return graphError(403, 'Forbidden', 'Only the sender can delete this message.');
  saveChatMessage(context.store, {
    ...found.message,
    deletedDateTime: context.store.now().toISOString(),
  });
  return empty(204);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
