import type { ChatMember, ChatMessageRecord, ChatRecord } from '../store/chats';

const TENANT = 'b6f3c1a2-4d5e-4f60-9a1b-2c3d4e5f6a7b';

const identity = (member: ChatMember) => ({
  application: null,
  device: null,
  user: {
    '@odata.type': '#microsoft.graph.teamworkUserIdentity',
    id: member.userId,
    displayName: member.displayName,
    userIdentityType: 'aadUser',
    tenantId: TENANT,
  },
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

/** Graph's chatMessage resource. */
export function chatMessageJson(message: ChatMessageRecord): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.chatMessage',
    id: message.id,
    replyToId: message.replyToId,
    etag: message.id,
    messageType: 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.createdDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: message.chatId,
    importance: message.importance,
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: identity(message.from),
    body: { contentType: 'html', content: message.content },
    attachments: [],
    mentions: [],
    reactions: message.reactions.map((reaction) => ({
      reactionType: reaction.reactionType,
      createdDateTime: reaction.createdDateTime,
      user: identity(reaction.user),
    })),
  };
}
