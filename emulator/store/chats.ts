import { parseRow, parseRows } from './database';
import type { Store } from './store';

/** A chat or channel member: seeded users by upn, colleagues outside the demo tenant by name only. */
export interface ChatMember {
  readonly userId: string;
  readonly displayName: string;
  readonly upn?: string;
}

/** The team a channel belongs to. */
export interface TeamRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
}

/** A Teams group chat (no `team`), or a channel of a team. */
export interface ChatRecord {
  readonly id: string;
  /** The chat's topic, or the channel's display name. */
  readonly topic: string;
  readonly createdDateTime: string;
  readonly lastUpdatedDateTime: string;
  readonly members: readonly ChatMember[];
  /** Set for a channel: the team it belongs to. */
  readonly team?: TeamRecord;
  readonly description?: string;
}

/** A file attached to a message (Teams keeps the file in SharePoint and links it). */
export interface ChatAttachmentRecord {
  readonly id: string;
  readonly name: string;
  readonly contentUrl: string;
}

/** An image pasted into a message, served from `hostedContents/{id}/$value`. */
export interface HostedContentRecord {
  readonly id: string;
  readonly contentType: string;
  readonly base64: string;
}

/** A message in a chat or channel. */
export interface ChatMessageRecord {
  readonly id: string;
  /** The chat or channel id. */
  readonly chatId: string;
  readonly createdDateTime: string;
  /** The last change (edit, deletion, reaction); the creation time when absent. */
  readonly lastModifiedDateTime?: string;
  /** The sender's last edit of the body. */
  readonly lastEditedDateTime?: string;
  /** Null for a system message. */
  readonly from: ChatMember | null;
  /**
   * HTML, as Teams stores it. `{{hosted:ID}}` stands for the URL of a hosted content, which
   * the JSON mapping writes with the origin the client used.
   */
  readonly content: string;
  readonly importance: 'normal' | 'high' | 'urgent';
  /** A channel reply: the root message's id. */
  readonly replyToId: string | null;
  readonly reactions: readonly {
    readonly reactionType: string;
    readonly user: ChatMember;
    readonly createdDateTime: string;
  }[];
  readonly messageType?: 'message' | 'systemEventMessage';
  /** A system message's event, as Graph's `eventDetail`. */
  readonly eventDetail?: Readonly<Record<string, unknown>>;
  readonly deletedDateTime?: string;
  readonly subject?: string;
  readonly attachments?: readonly ChatAttachmentRecord[];
  readonly mentions?: readonly { readonly id: number; readonly member: ChatMember }[];
  readonly hostedContents?: readonly HostedContentRecord[];
}

const isMember = (chat: ChatRecord, userId: string): boolean =>
  chat.members.some((member) => member.userId === userId);

function allChats(store: Store): ChatRecord[] {
  return parseRows<ChatRecord>(store.db.prepare('SELECT json FROM chats ORDER BY rowid').all());
}

/** The group chats (not channels) a user is a member of. */
export function listChats(store: Store, userId: string): ChatRecord[] {
  return allChats(store).filter((chat) => chat.team === undefined && isMember(chat, userId));
}

/** The teams a user is a member of (through the members of their channels). */
export function listJoinedTeams(store: Store, userId: string): TeamRecord[] {
  const teams = new Map<string, TeamRecord>();
  for (const chat of allChats(store)) {
    if (chat.team !== undefined && isMember(chat, userId)) teams.set(chat.team.id, chat.team);
  }
  return [...teams.values()];
}

/** The channels of a team. */
export function listChannels(store: Store, teamId: string): ChatRecord[] {
  return allChats(store).filter((chat) => chat.team?.id === teamId);
}

/** One chat or channel. */
export function findChat(store: Store, id: string): ChatRecord | undefined {
  return parseRow<ChatRecord>(store.db.prepare('SELECT json FROM chats WHERE id = ?').get(id));
}

/** Whether a user may read a chat or channel. */
export const canRead = isMember;

/** Which messages of a container a page holds. */
export type MessageScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'roots' }
  | { readonly kind: 'replies'; readonly to: string };

const SCOPE_SQL: Record<MessageScope['kind'], string> = {
  all: '',
  roots: "AND json_extract(json, '$.replyToId') IS NULL",
  replies: "AND json_extract(json, '$.replyToId') = @to",
};

/** What messages are ordered by, newest first. */
export type MessageOrder = 'lastModifiedDateTime' | 'createdDateTime';

const ORDER_SQL: Record<MessageOrder, string> = {
  lastModifiedDateTime: `COALESCE(json_extract(json, '$.deletedDateTime'), json_extract(json, '$.lastModifiedDateTime'), json_extract(json, '$.createdDateTime'))`,
  createdDateTime: `json_extract(json, '$.createdDateTime')`,
};

/** One page of messages, newest first by the given time, and whether more follow. */
export function pageChatMessages(
  store: Store,
  chatId: string,
  scope: MessageScope,
  window: { readonly offset: number; readonly limit: number; readonly order: MessageOrder },
): { readonly page: ChatMessageRecord[]; readonly total: number } {
  const { offset, limit, order } = window;
  const where = `WHERE chat_id = @chatId ${SCOPE_SQL[scope.kind]}`;
  const parameters = { chatId, to: scope.kind === 'replies' ? scope.to : null };
  const rows = store.db
    .prepare(
      `SELECT json FROM chat_messages ${where}
       ORDER BY ${ORDER_SQL[order]} DESC, rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...parameters, limit, offset });
  const count = store.db
    .prepare(`SELECT count(*) AS n FROM chat_messages ${where}`)
    .get(parameters);
  const total = typeof count === 'object' && count !== null && 'n' in count ? Number(count.n) : 0;
  return { page: parseRows<ChatMessageRecord>(rows), total };
}

/** One message of a chat or channel. */
export function findChatMessage(
  store: Store,
  chatId: string,
  id: string,
): ChatMessageRecord | undefined {
  return parseRow<ChatMessageRecord>(
    store.db.prepare('SELECT json FROM chat_messages WHERE chat_id = ? AND id = ?').get(chatId, id),
  );
}

/** Adds or replaces one message. */
export function saveChatMessage(store: Store, message: ChatMessageRecord): void {
  store.db
    .prepare(
      'INSERT INTO chat_messages (chat_id, id, json) VALUES (?, ?, ?) ON CONFLICT(chat_id, id) DO UPDATE SET json = excluded.json',
    )
    .run(message.chatId, message.id, JSON.stringify(message));
}

/** Adds a chat or channel with its messages. */
export function insertChat(
  store: Store,
  chat: ChatRecord,
  messages: readonly ChatMessageRecord[],
): void {
  store.db.prepare('INSERT INTO chats (id, json) VALUES (?, ?)').run(chat.id, JSON.stringify(chat));
  const insert = store.db.prepare('INSERT INTO chat_messages (chat_id, id, json) VALUES (?, ?, ?)');
  for (const message of messages) insert.run(chat.id, message.id, JSON.stringify(message));
}
