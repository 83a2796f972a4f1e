import type { DossierId } from '../../core/ids';
import type { RecordMetadata, ReviewStatus } from '../../core/records/record-metadata';
import type { CitedGround } from '../../core/woo/practice-codes';
import type { GraphClient, GraphHttpRequest } from '../graph-client';
import { fetchPage } from '../paging';
import { odataString } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import { EXPORT_COLUMNS, partialMetadataFromFields } from './listed-record-fields';
import { reviewStateOf } from '../../core/trust/review-state';

/** Which records an export takes: some dossiers (or all), optionally one review status. */
export interface ExportQuery {
  /** Empty or absent: every dossier. */
  readonly dossiers?: readonly DossierId[];
  readonly status?: ReviewStatus;
  /** Page size, default 5000 (the most SharePoint serves per page). */
  readonly pageSize?: number;
}

/** A record's columns as an export reads them: its grounds may hold the practice code `dubbel`. */
export type ListedMetadata = Partial<Omit<RecordMetadata, 'grounds'>> & {
  readonly grounds?: readonly CitedGround[];
};

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
 * export needs (`$select`); one query per dossier, so each filters on the indexed dossier
 * column. Costs one request per page (5000 records).
 */
export async function* listRecordsForExport(
  client: GraphClient,
  site: SiteIds,
  query: ExportQuery,
): AsyncGenerator<readonly ListedRecord[]> {
  const dossiers =
    query.dossiers === undefined || query.dossiers.length === 0 ? [undefined] : query.dossiers;
  for (const dossier of dossiers) {
    const request = exportRequest(
      site,
      exportFilter(dossier, query.status),
      query.pageSize ?? 5000,
    );
    let nextLink: string | undefined;
    do {
      const page = await fetchPage<ExportListItem>(client, request, nextLink);
      yield page.items.filter(isRecord).map(listedRecord);
      nextLink = page.nextLink;
    } while (nextLink !== undefined);
  }
}

/** The `$filter` of one dossier's export; empty when it filters nothing. */
export function exportFilter(
  dossier: DossierId | undefined,
  status: ReviewStatus | undefined,
): string {
  const parts: string[] = [];
  if (dossier !== undefined) parts.push(`fields/BronvastDossier eq ${odataString(dossier)}`);
  if (status !== undefined) parts.push(`fields/BronvastReviewStatus eq ${odataString(status)}`);
  return parts.join(' and ');
}

function exportRequest(site: SiteIds, filter: string, top: number): GraphHttpRequest {
  return {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $select: 'id,webUrl,createdDateTime,contentType',
      $expand: `fields($select=${EXPORT_COLUMNS.join(',')})`,
      ...(filter === '' ? {} : { $filter: filter }),
      $top: String(top),
    },
    headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
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
