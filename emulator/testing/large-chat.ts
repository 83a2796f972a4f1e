import { largeChat } from '../seed/large-chat';
import { prepareStore } from '../seed/prepare-store';
import { insertChat, type ChatMessageRecord, type ChatRecord } from '../store/chats';
import { openDatabase } from '../store/database';

/**
 * Adds a chat with its messages to the data folder (seeding it first if new), for tests and
 * benchmarks; start the emulator on the folder afterwards.
 */
export async function addChat(
  dataDir: string,
  chat: ChatRecord,
  messages: readonly ChatMessageRecord[],
): Promise<void> {
  const db = openDatabase(dataDir);
  try {
    const store = { db, dataDir, now: () => new Date() };
    await prepareStore(store);
    db.transaction(() => insertChat(store, chat, messages))();
  } finally {
    db.close();
  }
}

/** Adds a generated chat of `count` messages (see {@link largeChat}); returns its id. */
export async function addLargeChat(dataDir: string, count: number): Promise<string> {
  const { chat, messages } = largeChat(count);
  await addChat(dataDir, chat, messages);
  return chat.id;
}
