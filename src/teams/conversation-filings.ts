import type { GraphClient, SiteIds } from '../graph';
import type { ChatLocation } from '../graph/chats/chat-location';
import type { FiledRecord } from '../graph/records/filed-record';
import type { FiledDecision } from './tab-services';

/** This conversation's records in the record system: kept once read, or read afresh. */
export interface ConversationFilings {
  /** The records as first read (the assessment's history), read on the first call. */
  readonly current: () => Promise<FiledRecord[]>;
  /** The records read again, as decisions by message id (after a filing, say). */
  readonly fresh: () => Promise<ReadonlyMap<string, FiledDecision>>;
}

/**
 * The chat records filed from this chat or channel (by anyone), through
 * `listConversationRecords`, which loads with the first call rather than with the tab.
 */
export function conversationFilings(
  client: GraphClient,
  site: () => Promise<SiteIds>,
  location: ChatLocation,
): ConversationFilings {
  const conversationId = location.kind === 'chat' ? location.chatId : location.channelId;
  let records: Promise<FiledRecord[]> | null = null;
  const current = (): Promise<FiledRecord[]> =>
    (records ??= Promise.all([site(), import('../graph/chats/conversation-records')]).then(
      ([ids, { listConversationRecords }]) => listConversationRecords(client, ids, conversationId),
    ));
  return {
    current,
    fresh: async () => {
      records = null;
      return filedById(await current());
    },
  };
}

function filedById(records: readonly FiledRecord[]): ReadonlyMap<string, FiledDecision> {
  const byId = new Map<string, FiledDecision>();
  for (const record of records) {
    if (record.metadata !== null)
      byId.set(record.metadata.sourceId, {
        dossier: record.metadata.dossier,
        recordUrl: record.webUrl,
      });
  }
  return byId;
}
