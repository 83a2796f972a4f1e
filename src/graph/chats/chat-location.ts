/** Where messages live: a group chat, or a channel of a team. */
export type ChatLocation =
  | { readonly kind: 'chat'; readonly chatId: string }
  | { readonly kind: 'channel'; readonly teamId: string; readonly channelId: string };

/** The Graph path of a chat or channel (`/chats/{id}`, `/teams/{id}/channels/{id}`). */
export function locationPath(location: ChatLocation): string {
  return location.kind === 'chat'
    ? `/chats/${encodeURIComponent(location.chatId)}`
    : `/teams/${encodeURIComponent(location.teamId)}/channels/${encodeURIComponent(location.channelId)}`;
}

/** The Graph path of one message, or of a channel reply when `replyToId` is set. */
export function messagePath(location: ChatLocation, id: string, replyToId: string | null): string {
  const base = `${locationPath(location)}/messages`;
  return replyToId === null
    ? `${base}/${encodeURIComponent(id)}`
    : `${base}/${encodeURIComponent(replyToId)}/replies/${encodeURIComponent(id)}`;
}

/** The chat or channel id: the conversation a record of it belongs to. */
export const conversationOf = (location: ChatLocation): string =>
  location.kind === 'chat' ? location.chatId : location.channelId;
