import type { GraphContext } from '../context';
import type { EmulatorResponse } from '../http/exchange';
import { graphError } from '../http/graph-error';
import { json } from '../http/respond';
import type { Route } from '../http/router';
import { collection, contextUrl, pageOf, readSkipToken } from '../odata-query/paging';
import { parseTop } from '../odata-query/query-options';
import { chatJson, chatMessageJson } from '../graph/chat-json';
import { findChat, listChatMessages, listChats, type ChatRecord } from '../store/chats';

type Params = Readonly<Record<string, string>>;
const notFound = () => graphError(404, 'NotFound', 'The requested chat could not be found.');

function memberChat(context: GraphContext, id: string): ChatRecord | EmulatorResponse {
  const chat = findChat(context.store, id);
  if (chat === undefined) return notFound();
  const member = chat.members.some(
    (candidate) => candidate.upn?.toLowerCase() === context.user.upn.toLowerCase(),
  );
  return member ? chat : graphError(403, 'Forbidden', 'The user is not a member of this chat.');
}

async function getChats(context: GraphContext): Promise<EmulatorResponse> {
  const chats = listChats(context.store, context.user.upn).map(chatJson);
  return json(200, collection(contextUrl(context.request, 'chats'), chats, undefined));
}

async function getChat(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const chat = memberChat(context, params['chat'] ?? '');
  return 'status' in chat
    ? chat
    : json(200, {
        '@odata.context': contextUrl(context.request, 'chats/$entity'),
        ...chatJson(chat),
      });
}

async function getMessages(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const chat = memberChat(context, params['chat'] ?? '');
  if ('status' in chat) return chat;
  const top = parseTop(context.request.query, 20, 50);
  if (!top.ok) return top.response;
  const offset = readSkipToken(context.request.query);
  if (!offset.ok) return offset.response;
  const newestFirst = listChatMessages(context.store, chat.id).sort((a, b) =>
    b.createdDateTime.localeCompare(a.createdDateTime),
  );
  const { page, nextLink } = pageOf(context.request, newestFirst, offset.value, top.value);
  return json(
    200,
    collection(
      contextUrl(context.request, `chats('${chat.id}')/messages`),
      page.map(chatMessageJson),
      nextLink,
    ),
  );
}

async function getMessage(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const chat = memberChat(context, params['chat'] ?? '');
  if ('status' in chat) return chat;
  const message = listChatMessages(context.store, chat.id).find(
    (candidate) => candidate.id === params['message'],
  );
  if (message === undefined)
    return graphError(404, 'NotFound', 'The requested message could not be found.');
  return json(200, {
    '@odata.context': contextUrl(context.request, `chats('${chat.id}')/messages/$entity`),
    ...chatMessageJson(message),
  });
}

/** Teams chats of the signed-in user, newest messages first. */
export const chatRoutes: readonly Route<GraphContext>[] = [
  { method: 'GET', pattern: /^\/(?:me\/)?chats$/, handle: getChats },
  { method: 'GET', pattern: /^\/(?:me\/)?chats\/(?<chat>[^/]+)$/, handle: getChat },
  { method: 'GET', pattern: /^\/(?:me\/)?chats\/(?<chat>[^/]+)\/messages$/, handle: getMessages },
  {
    method: 'GET',
    pattern: /^\/(?:me\/)?chats\/(?<chat>[^/]+)\/messages\/(?<message>[^/]+)$/,
    handle: getMessage,
  },
];
