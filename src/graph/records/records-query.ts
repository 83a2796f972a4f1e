import type { GraphClient } from '../graph-client';
import type { Page } from '../paging';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';
import { pageRecords } from './records-pager';
import type { RecordQuery } from './record-conditions';

export type { RecordQuery } from './record-conditions';

/**
 * One page of records matching the query, ordered by filing time (see `pageRecords` for how
 * it stays within SharePoint's large-list rules). Pass the returned `nextLink` back to get the
 * next page.
 */
export async function queryRecords(
  client: GraphClient,
  site: SiteIds,
  query: RecordQuery,
  nextLink?: string,
): Promise<Page<FiledRecord>> {
  const page = await pageRecords<GraphListItem>(
    client,
    {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
      query: { $expand: 'fields' },
      label: 'records.query',
    },
    query,
    nextLink,
  );
  return {
    items: page.items.map((item) => filedRecordFromListItem(item)),
    ...(page.cursor === undefined ? {} : { nextLink: page.cursor }),
  };
}
