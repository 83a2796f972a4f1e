import type { GraphClient } from '../graph-client';
import { fetchAllPages, fetchPage, type Page } from '../paging';
import { sendJson, sendOk } from '../request';
import { locationPath, messagePath, type ChatLocation } from './chat-location';
import { chatPostFromWire, type ChatPost } from './chat-post';
import type { GraphChannel, GraphChat, GraphChatMessage } from './chat-wire';
import type { HostedImage } from './hosted-images';

/** Graph's largest page of chat messages. */
export const MAX_CHAT_PAGE = 50;

/**
 * One page of a chat's messages (a channel's root messages), newest first: the first page, or
 * the page an earlier `nextLink` points to. One request; never the whole chat at once. Graph
 * lists chat messages by their last change unless asked otherwise, so an edit moves an old
 * message to the top; a chat is asked for `$orderby=createdDateTime desc`, the one other order
 * it supports. Channels take no `$orderby`: their page is put in order of creation here.
 */
export async function listChatPosts(
  client: GraphClient,
  location: ChatLocation,
  options: { readonly top?: number; readonly nextLink?: string } = {},
): Promise<Page<ChatPost>> {
  const page = await fetchPage<GraphChatMessage>(
    client,
    {
      method: 'GET',
      url: `${locationPath(location)}/messages`,
      query: {
        $top: String(Math.min(options.top ?? MAX_CHAT_PAGE, MAX_CHAT_PAGE)),
        ...(location.kind === 'chat' ? { $orderby: 'createdDateTime desc' } : {}),
      },
      label: 'chats.messages',
    },
    options.nextLink,
  );
  const posts = page.items.map((wire) => chatPostFromWire(wire, location, client.baseUrl));
  return {
    items: posts.sort((a, b) => b.created.getTime() - a.created.getTime()),
    ...(page.nextLink === undefined ? {} : { nextLink: page.nextLink }),
  };
}

/** Every reply of a channel message's thread, newest first (threads stay small). */
export async function listReplies(
  client: GraphClient,
  location: Extract<ChatLocation, { kind: 'channel' }>,
  rootId: string,
): Promise<ChatPost[]> {
  const replies = await fetchAllPages<GraphChatMessage>(client, {
    method: 'GET',
    url: `${messagePath(location, rootId, null)}/replies`,
    query: { $top: String(MAX_CHAT_PAGE) },
    label: 'chats.replies',
  });
  return replies.map((wire) => chatPostFromWire(wire, location, client.baseUrl));
}

/** One message (or channel reply) read again, e.g. just before it is filed. */
export async function getChatPost(
  client: GraphClient,
  location: ChatLocation,
  id: string,
  replyToId: string | null,
): Promise<ChatPost> {
  const wire = await sendJson<GraphChatMessage>(client, {
    method: 'GET',
    url: messagePath(location, id, replyToId),
    label: 'chats.message',
  });
  return chatPostFromWire(wire, location, client.baseUrl);
}

/**
 * An inline image's bytes and type: the message's hosted content by id, through Graph's own
 * path for that message (`.../messages/{id}/hostedContents/{id}/$value`), never a URL taken
 * from the message's HTML.
 */
export async function getHostedContent(
  client: GraphClient,
  post: Pick<ChatPost, 'location' | 'id' | 'replyToId'>,
  image: Pick<HostedImage, 'contentId'>,
): Promise<{ readonly contentType: string; readonly bytes: Uint8Array<ArrayBuffer> }> {
  const url = `${messagePath(post.location, post.id, post.replyToId)}/hostedContents/${encodeURIComponent(image.contentId)}/$value`;
  const response = await sendOk(client, { method: 'GET', url, label: 'chats.hosted-content' });
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  return { contentType, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The chat's topic or the channel's name; empty for a chat without a topic. */
export async function getConversationTitle(
  client: GraphClient,
  location: ChatLocation,
): Promise<string> {
  if (location.kind === 'chat') {
    const chat = await sendJson<GraphChat>(client, {
      method: 'GET',
      url: locationPath(location),
      label: 'chats.chat',
    });
    return chat.topic ?? '';
  }
  const channel = await sendJson<GraphChannel>(client, {
    method: 'GET',
    url: locationPath(location),
    label: 'chats.channel',
  });
  return channel.displayName ?? '';
}

/**
 * Posts a short message (HTML) in the chat, or as a reply in the channel thread of
 * `replyToId`. Needs ChatMessage.Send (chats) or ChannelMessage.Send (channels).
 */
export async function sendChatReply(
  client: GraphClient,
  location: ChatLocation,
  html: string,
  replyToId: string | null,
): Promise<ChatPost> {
  const url =
    location.kind === 'channel' && replyToId !== null
      ? `${messagePath(location, replyToId, null)}/replies`
      : `${locationPath(location)}/messages`;
  const wire = await sendJson<GraphChatMessage>(client, {
    method: 'POST',
    url,
    json: { body: { contentType: 'html', content: html } },
    label: 'chats.send',
  });
  return chatPostFromWire(wire, location, client.baseUrl);
}
