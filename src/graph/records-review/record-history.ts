import type { RecordId } from '../../core/ids';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { odataString } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphFields } from '../wire-types';
import { personOf, type Person } from './review-item';
import type { GraphListItemVersion, GraphReviewListItem } from './review-wire';

/** One version of a record's list item, as SharePoint keeps it. */
export interface RecordVersion {
  /** `1.0`, `2.0`, ... */
  readonly label: string;
  readonly modifiedAt?: Date;
  readonly modifiedBy?: Person;
  readonly fields: GraphFields;
}

/** One event of the audit list, with the record system's own author and time. */
export interface AuditEvent {
  readonly action: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** Server-set `createdBy` of the event: who did it. */
  readonly author?: Person;
  /** Server-set `createdDateTime`. */
  readonly at?: Date;
}

/** The list item's versions, oldest first (`GET .../items/{id}/versions`, paged). */
export async function listRecordVersions(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
): Promise<RecordVersion[]> {
  const versions = await fetchAllPages<GraphListItemVersion>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/versions`,
    label: 'review.versions',
  });
  return versions
    .map((version) => {
      const modifiedBy = personOf(version.lastModifiedBy);
      const at = dateOf(version.lastModifiedDateTime);
      return {
        label: version.id,
        fields: version.fields ?? {},
        ...(modifiedBy === undefined ? {} : { modifiedBy }),
        ...(at === undefined ? {} : { modifiedAt: at }),
      };
    })
    .sort((a, b) => Number.parseFloat(a.label) - Number.parseFloat(b.label));
}

/** The audit events of a record (by its dedup key, an indexed column), oldest first. */
export async function listAuditTrail(
  client: GraphClient,
  site: SiteIds,
  dedupKey: string,
): Promise<AuditEvent[]> {
  const items = await fetchAllPages<GraphReviewListItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
    query: {
      $expand: 'fields',
      $filter: `fields/RecordDedupKey eq ${odataString(dedupKey)}`,
      $orderby: 'fields/At asc',
      $top: '200',
    },
    label: 'review.audit',
  });
  return items.map(auditEventOf);
}

function auditEventOf(item: GraphReviewListItem): AuditEvent {
  const fields = item.fields ?? {};
  const author = personOf(item.createdBy);
  const at = dateOf(item.createdDateTime);
  return {
    action: typeof fields['Action'] === 'string' ? fields['Action'] : '',
    details: parseDetails(fields['Details']),
    ...(author === undefined ? {} : { author }),
    ...(at === undefined ? {} : { at }),
  };
}

function parseDetails(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'string' || value === '') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? Object.fromEntries(Object.entries(parsed))
      : { text: value };
  } catch {
    return { text: value };
  }
}

function dateOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}
