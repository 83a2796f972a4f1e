import type { DossierId } from '../../core/ids';
import type { ReviewStatus } from '../../core/records/record-metadata';
import type { GraphClient, GraphHttpRequest } from '../graph-client';
import { fetchPage, type Page } from '../paging';
import { odataString } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';

/** The review queue's filter; every part optional. */
export interface RecordQuery {
  readonly status?: ReviewStatus;
  readonly dossier?: DossierId;
  readonly filedBy?: string;
  /** Filed at or after. */
  readonly filedFrom?: Date;
  /** Filed at or before. */
  readonly filedTo?: Date;
  /** Default newest first. */
  readonly order?: 'newest-first' | 'oldest-first';
  /** Page size, default 50. */
  readonly top?: number;
}

/**
 * One page of records matching the query, ordered by filing time. Pass the returned
 * `nextLink` back to get the next page; it is followed unchanged.
 */
export async function queryRecords(
  client: GraphClient,
  site: SiteIds,
  query: RecordQuery,
  nextLink?: string,
): Promise<Page<FiledRecord>> {
  const page = await fetchPage<GraphListItem>(client, recordsRequest(site, query), nextLink);
  return { ...page, items: page.items.map((item) => filedRecordFromListItem(item)) };
}

/** The OData `$filter` of a query; empty when it filters nothing. */
export function recordsFilter(query: RecordQuery): string {
  const parts: string[] = [];
  if (query.status !== undefined)
    parts.push(`fields/BronvastReviewStatus eq ${odataString(query.status)}`);
  if (query.dossier !== undefined)
    parts.push(`fields/BronvastDossier eq ${odataString(query.dossier)}`);
  if (query.filedBy !== undefined)
    parts.push(`fields/BronvastFiledBy eq ${odataString(query.filedBy)}`);
  if (query.filedFrom !== undefined) {
    parts.push(`fields/BronvastFiledAt ge ${odataString(query.filedFrom.toISOString())}`);
  }
  if (query.filedTo !== undefined) {
    parts.push(`fields/BronvastFiledAt le ${odataString(query.filedTo.toISOString())}`);
  }
  return parts.join(' and ');
}

function recordsRequest(site: SiteIds, query: RecordQuery): GraphHttpRequest {
  const filter = recordsFilter(query);
  const direction = query.order === 'oldest-first' ? 'asc' : 'desc';
  return {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $expand: 'fields',
      ...(filter === '' ? {} : { $filter: filter }),
      $orderby: `fields/BronvastFiledAt ${direction}`,
      $top: String(query.top ?? 50),
    },
    headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    label: 'records.query',
  };
}
