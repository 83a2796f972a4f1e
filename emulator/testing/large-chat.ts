import { largeChat } from '../seed/large-chat';
import { seedIfEmpty } from '../seed/seed';
import { insertChat, type ChatMessageRecord, type ChatRecord } from '../store/chats';
import { openDatabase } from '../store/database';

/**
 * Adds a chat with its messages to the data folder (seeding it first if new), for tests and
 * benchmarks; start the emulator on the folder afterwards.
 */
export function addChat(
  dataDir: string,
  chat: ChatRecord,
  messages: readonly ChatMessageRecord[],
): void {
  const db = openDatabase(dataDir);
  try {
    const store = { db, dataDir, now: () => new Date() };
    seedIfEmpty(store);
    db.transaction(() => insertChat(store, chat, messages))();
  } finally {
    db.close();
  }
}

/** Adds a generated chat of `count` messages (see {@link largeChat}); returns its id. */
export function addLargeChat(dataDir: string, count: number): string {
  const { chat, messages } = largeChat(count);
  addChat(dataDir, chat, messages);
  return chat.id;
}
