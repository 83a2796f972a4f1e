import type { GraphContext, GraphRoute } from '../../context';
import {
  CHANNEL_GET,
  CHANNEL_HOSTED,
  CHANNEL_MESSAGE_GET,
  CHANNEL_MESSAGES,
  CHANNEL_REPLIES,
  CHANNEL_REPLY,
  CHANNEL_SEND,
  CHANNEL_SOFT_DELETE,
  CHANNELS_LIST,
  JOINED_TEAMS,
} from '../../scopes/route-scopes';
import { channelJson, teamJson } from '../../graph/chat-json';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { canRead, listChannels, listJoinedTeams } from '../../store/chats';
import {
  getHostedContentValue,
  getMessage,
  listHostedContents,
  listMessages,
  readableContainer,
  type Params,
} from './chat-message-handlers';
import { sendMessage, softDeleteMessage } from './chat-message-send';

async function getJoinedTeams(context: GraphContext): Promise<EmulatorResponse> {
  const teams = listJoinedTeams(context.store, context.user.id).map(teamJson);
  return json(200, collection(contextUrl(context.request, 'teams'), teams, undefined));
}

async function getChannels(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const channels = listChannels(context.store, params['team'] ?? '');
  if (channels.length === 0) return graphError(404, 'NotFound', 'The team could not be found.');
  if (!channels.some((channel) => canRead(channel, context.user.id)))
    return graphError(403, 'Forbidden', 'The user is not a member of this team.');
  const values = channels.filter((channel) => canRead(channel, context.user.id)).map(channelJson);
  return json(200, collection(contextUrl(context.request, 'channels'), values, undefined));
}

async function getChannel(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const channel = readableContainer(context, params);
  return 'status' in channel
    ? channel
    : json(200, {
        '@odata.context': contextUrl(context.request, 'channels/$entity'),
        ...channelJson(channel),
      });
}

const CHANNEL = String.raw`^\/teams\/(?<team>[^/]+)\/channels\/(?<channel>[^/]+)`;
const MESSAGES = String.raw`\/messages`;
const MESSAGE = String.raw`\/messages\/(?<message>[^/]+)`;
const REPLIES = String.raw`\/replies`;
const REPLY = String.raw`\/replies\/(?<reply>[^/]+)`;
const HOSTED = String.raw`\/hostedContents`;
const VALUE = String.raw`\/hostedContents\/(?<hosted>[^/]+)\/\$value`;
const at = (...parts: string[]) => new RegExp(`${parts.join('')}$`);

/** Teams and their channels: root messages newest first, replies per thread, members only. */
export const channelRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: /^\/me\/joinedTeams$/, handle: getJoinedTeams, scopes: JOINED_TEAMS },
  {
    method: 'GET',
    pattern: /^\/teams\/(?<team>[^/]+)\/channels$/,
    handle: getChannels,
    scopes: CHANNELS_LIST,
  },
  { method: 'GET', pattern: at(CHANNEL), handle: getChannel, scopes: CHANNEL_GET },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGES),
    handle: (context, params) => listMessages(context, params, () => ({ kind: 'roots' })),
    scopes: CHANNEL_MESSAGES,
  },
  { method: 'POST', pattern: at(CHANNEL, MESSAGES), handle: sendMessage, scopes: CHANNEL_SEND },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE),
    handle: getMessage,
    scopes: CHANNEL_MESSAGE_GET,
  },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE, REPLIES),
    handle: (context, params) =>
      listMessages(context, params, () => ({ kind: 'replies', to: params['message'] ?? '' })),
    scopes: CHANNEL_REPLIES,
  },
  {
    method: 'POST',
    pattern: at(CHANNEL, MESSAGE, REPLIES),
    handle: sendMessage,
    scopes: CHANNEL_REPLY,
  },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE, REPLY),
    handle: getMessage,
    scopes: CHANNEL_MESSAGE_GET,
  },
  {
    method: 'POST',
    pattern: at(CHANNEL, MESSAGE, String.raw`\/softDelete`),
    handle: softDeleteMessage,
    scopes: CHANNEL_SOFT_DELETE,
  },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE, HOSTED),
    handle: listHostedContents,
    scopes: CHANNEL_HOSTED,
  },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE, VALUE),
    handle: getHostedContentValue,
    scopes: CHANNEL_HOSTED,
  },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE, REPLY, HOSTED),
    handle: listHostedContents,
    scopes: CHANNEL_HOSTED,
  },
  {
    method: 'GET',
    pattern: at(CHANNEL, MESSAGE, REPLY, VALUE),
    handle: getHostedContentValue,
    scopes: CHANNEL_HOSTED,
  },
];
