import type { FiledRecord } from '../records/filed-record';
import { filedRecordFromListItem } from '../records/filed-record';
import type { GraphClient } from '../graph-client';
import { scanListAll } from '../list-scan';
import { conversationColumnValue } from '../records/record-fields';
import { odataString } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';

/**
 * The chat records filed from one chat or channel (`MailConversationId` holds its id), by
 * anyone: one request for a chat with up to 5,000 filed records, on the indexed
 * `MailConversationId` alone (SharePoint filters one indexed field at a time; the source kind
 * is checked here). The tab shows "Vastgelegd in" on each of their decisions, so every member
 * sees what the others filed.
 */
export async function listConversationRecords(
  client: GraphClient,
  site: SiteIds,
  conversationId: string,
): Promise<FiledRecord[]> {
  const key = conversationColumnValue(conversationId);
  const items = await scanListAll<GraphListItem>(
    client,
    {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
      query: { $expand: 'fields', $top: '5000' },
      label: 'chats.filed-records',
    },
    {
      filter: `fields/MailConversationId eq ${odataString(key)}`,
      keep: (item) =>
        item.fields?.['BronvastSourceKind'] === 'chat' && item.fields['MailConversationId'] === key,
    },
  );
  return items.map((item) => filedRecordFromListItem(item));
}
