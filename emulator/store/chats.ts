import { parseRow, parseRows } from './database';
import type { Store } from './store';

/** A chat member: seeded users by upn, colleagues outside the demo tenant by name only. */
export interface ChatMember {
  readonly userId: string;
  readonly displayName: string;
  readonly upn?: string;
}

/** A Teams chat. */
export interface ChatRecord {
  readonly id: string;
  readonly topic: string;
  readonly createdDateTime: string;
  readonly lastUpdatedDateTime: string;
  readonly members: readonly ChatMember[];
}

/** A message in a chat. */
export interface ChatMessageRecord {
  readonly id: string;
  readonly chatId: string;
  readonly createdDateTime: string;
  readonly from: ChatMember;
  /** HTML, as Teams stores it. */
  readonly content: string;
  readonly importance: 'normal' | 'high' | 'urgent';
  readonly replyToId: string | null;
  readonly reactions: readonly {
    readonly reactionType: string;
    readonly user: ChatMember;
    readonly createdDateTime: string;
  }[];
}

/** The chats a user is a member of. */
export function listChats(store: Store, upn: string): ChatRecord[] {
  return parseRows<ChatRecord>(
    store.db.prepare('SELECT json FROM chats ORDER BY rowid').all(),
  ).filter((chat) =>
    chat.members.some((member) => member.upn?.toLowerCase() === upn.toLowerCase()),
  );
}

/** One chat. */
export function findChat(store: Store, id: string): ChatRecord | undefined {
  return parseRow<ChatRecord>(store.db.prepare('SELECT json FROM chats WHERE id = ?').get(id));
}

/** The messages of a chat. */
export function listChatMessages(store: Store, chatId: string): ChatMessageRecord[] {
  return parseRows<ChatMessageRecord>(
    store.db.prepare('SELECT json FROM chat_messages WHERE chat_id = ?').all(chatId),
  );
}

/** Adds a chat with its messages. */
export function insertChat(
  store: Store,
  chat: ChatRecord,
  messages: readonly ChatMessageRecord[],
): void {
  store.db.prepare('INSERT INTO chats (id, json) VALUES (?, ?)').run(chat.id, JSON.stringify(chat));
  const insert = store.db.prepare('INSERT INTO chat_messages (chat_id, id, json) VALUES (?, ?, ?)');
  for (const message of messages) insert.run(chat.id, message.id, JSON.stringify(message));
}
