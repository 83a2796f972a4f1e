import type { DossierId, ReviewStatus } from '../../core';
import type { GraphClient, GraphHttpRequest } from '../graph-client';
import { scanList } from '../list-scan';
import { fetchPage } from '../paging';
import { odataString } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import {
  EXPORT_COLUMNS,
  partialMetadataFromFields,
  type ListedMetadata,
} from './listed-record-fields';
import { reviewStateOf } from '../../core/trust';

/** Which records an export takes: some dossiers (or all), optionally one review status. */
export interface ExportQuery {
  /** Empty or absent: every dossier. */
  readonly dossiers?: readonly DossierId[];
  readonly status?: ReviewStatus;
  /** Page size, default 5000 (the most SharePoint serves per page). */
  readonly pageSize?: number;
}

/** A record as the exports read it; fits `ExportRecord` of src/exports with its attachments. */
export interface ListedRecord<A = never> {
  readonly recordId: string;
  readonly fileName: string;
  readonly webUrl: string;
  readonly createdAt?: Date;
  readonly size?: number;
  readonly attachments?: readonly A[];
  readonly metadata: ListedMetadata;
  /** The review columns and the audit link as stored, which verification checks. */
  readonly reviewFields?: Readonly<Record<string, unknown>>;
}

/**
 * Every record of the query, page by page through `@odata.nextLink`, with only the columns an
 * export needs (`$select`). One query per dossier on the indexed dossier column alone (the
 * review status is checked here: SharePoint filters one indexed field at a time); without
 * dossiers, or for a dossier of more than 5,000 records, the library is read unfiltered and
 * filtered here (`scanList`). Costs one request per page (5,000 records).
 */
export async function* listRecordsForExport(
  client: GraphClient,
  site: SiteIds,
  query: ExportQuery,
): AsyncGenerator<readonly ListedRecord[]> {
  const dossiers =
    query.dossiers === undefined || query.dossiers.length === 0 ? [undefined] : query.dossiers;
  const request = exportRequest(site, query.pageSize ?? 5000);
  for (const dossier of dossiers) {
    const keep = (item: ExportListItem) => isRecord(item) && meets(item, dossier, query.status);
    const pages =
      dossier === undefined
        ? unfiltered(client, request, keep)
        : scanList(client, request, { filter: exportFilter(dossier), keep });
    for await (const page of pages) yield page.map(listedRecord);
  }
}

/** The `$filter` of one dossier's export: the dossier, the one indexed field sent. */
export function exportFilter(dossier: DossierId): string {
  return `fields/BronvastDossier eq ${odataString(dossier)}`;
}

async function* unfiltered(
  client: GraphClient,
  request: GraphHttpRequest,
  keep: (item: ExportListItem) => boolean,
): AsyncGenerator<readonly ExportListItem[]> {
  let nextLink: string | undefined;
  do {
    const page = await fetchPage<ExportListItem>(client, request, nextLink);
    yield page.items.filter(keep);
    nextLink = page.nextLink;
  } while (nextLink !== undefined);
}

function meets(
  item: ExportListItem,
  dossier: DossierId | undefined,
  status: ReviewStatus | undefined,
): boolean {
  const fields = item.fields ?? {};
  const inDossier =
    dossier === undefined ||
    String(fields['BronvastDossier'] ?? '').toLowerCase() === dossier.toLowerCase();
  return inDossier && (status === undefined || fields['BronvastReviewStatus'] === status);
}

function exportRequest(site: SiteIds, top: number): GraphHttpRequest {
  return {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $select: 'id,webUrl,createdDateTime,contentType',
      $expand: `fields($select=${EXPORT_COLUMNS.join(',')})`,
      $top: String(top),
    },
    label: 'exports.list',
  };
}

/** A list item with its content type, which tells folders from files. */
interface ExportListItem extends GraphListItem {
  readonly contentType?: { readonly name?: string };
}

const RECORD_MARKS = ['BronvastDedupKey', 'BronvastSourceId', 'BronvastDossier'];

// The library also holds dossier folders and a chat record's JSON source beside its HTML:
// files that carry no Bronvast column at all are not records.
function isRecord(item: ExportListItem): boolean {
  if (item.contentType?.name === 'Folder') return false;
  const fields = item.fields ?? {};
  return RECORD_MARKS.some((name) => typeof fields[name] === 'string' && fields[name] !== '');
}

function listedRecord(item: ExportListItem): ListedRecord {
  const fields = item.fields ?? {};
  const fileName = fields['FileLeafRef'];
  return {
    recordId: item.id,
    fileName: typeof fileName === 'string' ? fileName : '',
    webUrl: item.webUrl ?? '',
    ...(item.createdDateTime === undefined ? {} : { createdAt: new Date(item.createdDateTime) }),
    metadata: partialMetadataFromFields(fields),
    reviewFields: {
      ...reviewStateOf(fields),
      BronvastLastAuditEvent: fields['BronvastLastAuditEvent'] ?? '',
    },
  };
}
