import type { GraphClient } from '../graph-client';
import { odataString, sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphCollection, GraphListItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';

/**
 * Finds the record filed under a dedup key, by anyone (the `BronvastDedupKey` column is
 * indexed, so this stays cheap in a large library). Null when there is none.
 */
export async function findRecordByDedupKey(
  client: GraphClient,
  site: SiteIds,
  dedupKey: string,
): Promise<FiledRecord | null> {
  const page = await sendJson<GraphCollection<GraphListItem>>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $filter: `fields/BronvastDedupKey eq ${odataString(dedupKey)}`,
      $expand: 'fields',
      $top: '1',
    },
    label: 'records.dedup-lookup',
  });
  const item = page.value[0];
  return item === undefined ? null : filedRecordFromListItem(item);
}
