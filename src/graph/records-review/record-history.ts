import type { RecordId } from '../../core';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import type { SiteIds } from '../site-ids';
import type { GraphFields } from '../wire-types';
import { personOf, type Person } from './review-item';
import type { GraphListItemVersion } from './review-wire';

/** One version of a record's list item, as SharePoint keeps it. */
export interface RecordVersion {
  /** `1.0`, `2.0`, ... */
  readonly label: string;
  readonly modifiedAt?: Date;
  readonly modifiedBy?: Person;
  readonly fields: GraphFields;
}

/**
 * The list item's versions, oldest first (`GET .../items/{id}/versions?$expand=fields`, paged):
 * the column values of a version are a relationship Graph returns only when expanded
 * (https://learn.microsoft.com/en-us/graph/api/resources/listitemversion).
 */
export async function listRecordVersions(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
): Promise<RecordVersion[]> {
  const versions = await fetchAllPages<GraphListItemVersion>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/versions`,
    query: { $expand: 'fields' },
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

/** A time Graph wrote as text; undefined when missing or not a time. */
export function dateOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}
