import type { FiledRecord } from '../records/filed-record';
import { filedRecordFromListItem } from '../records/filed-record';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { odataString } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';

/**
 * The chat records filed from one chat or channel (`MailConversationId` holds its id), by
 * anyone: one request for a chat with up to 200 filed decisions. The tab shows "Vastgelegd in"
 * on each of their decisions, so every member sees what the others filed.
 */
export async function listConversationRecords(
  client: GraphClient,
  site: SiteIds,
  conversationId: string,
): Promise<FiledRecord[]> {
  const items = await fetchAllPages<GraphListItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $expand: 'fields',
      $filter: `fields/MailConversationId eq ${odataString(conversationId)} and fields/BronvastSourceKind eq 'chat'`,
      $top: '200',
    },
    headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    label: 'chats.filed-records',
  });
  return items.map((item) => filedRecordFromListItem(item));
}
