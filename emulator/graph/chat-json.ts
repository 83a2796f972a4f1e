import type { ChatMember, ChatMessageRecord, ChatRecord, TeamRecord } from '../store/chats';
import { BASE_PATH } from '../odata-query/paging';

const TENANT = 'b6f3c1a2-4d5e-4f60-9a1b-2c3d4e5f6a7b';

const userIdentity = (member: ChatMember) => ({
  '@odata.type': '#microsoft.graph.teamworkUserIdentity',
  id: member.userId,
  displayName: member.displayName,
  userIdentityType: 'aadUser',
  tenantId: TENANT,
});

const identity = (member: ChatMember) => ({
  application: null,
  device: null,
  user: userIdentity(member),
});

/** Graph's chat resource. */
export function chatJson(chat: ChatRecord): Record<string, unknown> {
  return {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: 'group',
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${TENANT}`,
    tenantId: TENANT,
    isHiddenForAllMembers: false,
  };
}

/** Graph's team resource, as `/me/joinedTeams` lists it. */
export function teamJson(team: TeamRecord): Record<string, unknown> {
  return {
    id: team.id,
    displayName: team.displayName,
    description: team.description,
    isArchived: false,
    tenantId: TENANT,
  };
}

/** Graph's channel resource. */
export function channelJson(channel: ChatRecord): Record<string, unknown> {
  return {
    id: channel.id,
    createdDateTime: channel.createdDateTime,
    displayName: channel.topic,
    description: channel.description ?? null,
    email: '',
    membershipType: 'standard',
    tenantId: TENANT,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.topic)}?groupId=${channel.team?.id ?? ''}&tenantId=${TENANT}`,
  };
}

/** Where a message's resources live: `chats/{id}` or `teams/{id}/channels/{id}`. */
export function messagesBase(chat: ChatRecord): string {
  const id = encodeURIComponent(chat.id);
  return chat.team === undefined ? `chats/${id}` : `teams/${chat.team.id}/channels/${id}`;
}

function body(message: ChatMessageRecord, hostedBase: string): Record<string, unknown> {
  if (message.deletedDateTime !== undefined) return { contentType: 'html', content: '' };
  if (message.messageType === 'systemEventMessage')
    return { contentType: 'html', content: '<systemEventMessage/>' };
  const content = message.content.replace(
    /\{\{hosted:([A-Za-z0-9_-]+)\}\}/g,
    (_match, id: string) => `${hostedBase}/${id}/$value`,
  );
  return { contentType: 'html', content };
}

/**
 * Graph's chatMessage resource. `origin` is the scheme and host the client used, so inline
 * image URLs can be followed unchanged; a deleted message keeps its metadata but loses its body,
 * attachments and mentions, as in Teams.
 */
export function chatMessageJson(
  message: ChatMessageRecord,
  chat: ChatRecord,
  origin: string,
): Record<string, unknown> {
  const base = `${origin}${BASE_PATH}/${messagesBase(chat)}/messages`;
  const messageUrl =
    message.replyToId === null
      ? `${base}/${message.id}`
      : `${base}/${message.replyToId}/replies/${message.id}`;
  const deleted = message.deletedDateTime !== undefined;
  const system = message.messageType === 'systemEventMessage';
  return {
    '@odata.type': '#microsoft.graph.chatMessage',
    id: message.id,
    replyToId: message.replyToId,
    etag: message.id,
    messageType: message.messageType ?? 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime:
      message.deletedDateTime ?? message.lastModifiedDateTime ?? message.createdDateTime,
    lastEditedDateTime: message.lastEditedDateTime ?? null,
    deletedDateTime: message.deletedDateTime ?? null,
    subject: message.subject ?? null,
    summary: null,
    chatId: chat.team === undefined ? chat.id : null,
    importance: message.importance,
    locale: 'en-us',
    webUrl:
      chat.team === undefined
        ? null
        : `https://teams.microsoft.com/l/message/${encodeURIComponent(chat.id)}/${message.id}`,
    channelIdentity: chat.team === undefined ? null : { teamId: chat.team.id, channelId: chat.id },
    policyViolation: null,
    eventDetail: system ? { ...message.eventDetail } : null,
    from: message.from === null || system ? null : identity(message.from),
    body: body(message, `${messageUrl}/hostedContents`),
    attachments: deleted
      ? []
      : (message.attachments ?? []).map((attachment) => ({
          id: attachment.id,
          contentType: 'reference',
          contentUrl: attachment.contentUrl,
          content: null,
          name: attachment.name,
          thumbnailUrl: null,
          teamsAppId: null,
        })),
    mentions: deleted
      ? []
      : (message.mentions ?? []).map((mention) => ({
          id: mention.id,
          mentionText: mention.member.displayName,
          mentioned: {
            application: null,
            device: null,
            conversation: null,
            tag: null,
            user: userIdentity(mention.member),
          },
        })),
    reactions: deleted
      ? []
      : message.reactions.map((reaction) => ({
          reactionType: reaction.reactionType,
          displayName: null,
          reactionContentUrl: null,
          createdDateTime: reaction.createdDateTime,
          user: identity(reaction.user),
        })),
  };
}
