import type { GraphContext, GraphRoute } from '../../context';
import {
  CHAT_GET,
  CHAT_HOSTED,
  CHAT_MESSAGE_GET,
  CHAT_MESSAGES,
  CHAT_SEND,
  CHAT_SOFT_DELETE,
  CHATS_LIST,
} from '../../scopes/route-scopes';
import { chatJson } from '../../graph/chat-json';
import type { EmulatorResponse } from '../../http/exchange';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { listChats } from '../../store/chats';
import {
  getHostedContentValue,
  getMessage,
  listHostedContents,
  listMessages,
  readableContainer,
  type Params,
} from './chat-message-handlers';
import { sendMessage, softDeleteMessage } from './chat-message-send';

async function getChats(context: GraphContext): Promise<EmulatorResponse> {
  const chats = listChats(context.store, context.user.id).map(chatJson);
  return json(200, collection(contextUrl(context.request, 'chats'), chats, undefined));
}

async function getChat(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const chat = readableContainer(context, params);
  return 'status' in chat
    ? chat
    : json(200, {
        '@odata.context': contextUrl(context.request, 'chats/$entity'),
        ...chatJson(chat),
      });
}

const CHAT = String.raw`^\/(?:me\/)?chats\/(?<chat>[^/]+)`;
const MESSAGE = String.raw`\/messages\/(?<message>[^/]+)`;
const HOSTED = String.raw`\/hostedContents`;
const at = (...parts: string[]) => new RegExp(`${parts.join('')}$`);

/** Teams group chats of the signed-in user: messages newest first, members only. */
export const chatRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: /^\/(?:me\/)?chats$/, handle: getChats, scopes: CHATS_LIST },
  { method: 'GET', pattern: at(CHAT), handle: getChat, scopes: CHAT_GET },
  {
    method: 'GET',
    pattern: at(CHAT, String.raw`\/messages`),
    handle: (context, params) => listMessages(context, params, () => ({ kind: 'all' })),
    scopes: CHAT_MESSAGES,
  },
  {
    method: 'POST',
    pattern: at(CHAT, String.raw`\/messages`),
    handle: sendMessage,
    scopes: CHAT_SEND,
  },
  { method: 'GET', pattern: at(CHAT, MESSAGE), handle: getMessage, scopes: CHAT_MESSAGE_GET },
  {
    method: 'POST',
    pattern: at(CHAT, MESSAGE, String.raw`\/softDelete`),
    handle: softDeleteMessage,
    scopes: CHAT_SOFT_DELETE,
  },
  {
    method: 'GET',
    pattern: at(CHAT, MESSAGE, HOSTED),
    handle: listHostedContents,
    scopes: CHAT_HOSTED,
  },
  {
    method: 'GET',
    pattern: at(CHAT, MESSAGE, HOSTED, String.raw`\/(?<hosted>[^/]+)\/\$value`),
    handle: getHostedContentValue,
    scopes: CHAT_HOSTED,
  },
];
