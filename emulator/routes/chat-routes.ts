import type { GraphContext } from '../context';
import { chatJson } from '../graph/chat-json';
import type { EmulatorResponse } from '../http/exchange';
import { json } from '../http/respond';
import type { Route } from '../http/router';
import { collection, contextUrl } from '../odata-query/paging';
import { listChats } from '../store/chats';
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
export const chatRoutes: readonly Route<GraphContext>[] = [
  { method: 'GET', pattern: /^\/(?:me\/)?chats$/, handle: getChats },
  { method: 'GET', pattern: at(CHAT), handle: getChat },
  {
    method: 'GET',
    pattern: at(CHAT, String.raw`\/messages`),
    handle: (context, params) => listMessages(context, params, () => ({ kind: 'all' })),
  },
  { method: 'POST', pattern: at(CHAT, String.raw`\/messages`), handle: sendMessage },
  { method: 'GET', pattern: at(CHAT, MESSAGE), handle: getMessage },
  {
    method: 'POST',
    pattern: at(CHAT, MESSAGE, String.raw`\/softDelete`),
    handle: softDeleteMessage,
  },
  { method: 'GET', pattern: at(CHAT, MESSAGE, HOSTED), handle: listHostedContents },
  {
    method: 'GET',
    pattern: at(CHAT, MESSAGE, HOSTED, String.raw`\/(?<hosted>[^/]+)\/\$value`),
    handle: getHostedContentValue,
  },
];
