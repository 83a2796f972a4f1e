import type { RecordId } from '../../core';
import { Sha256 } from '../../core/records';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { sendJson, sendOk } from '../request';
import { personOf, type Person } from '../records-review/review-item';
import type { GraphIdentitySet } from '../records-review/review-wire';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';

/** One version of a record's file: its label, size then and who made it. */
export interface ContentVersion {
  readonly label: string;
  readonly size?: number;
  readonly by?: Person;
}

interface GraphDriveItemVersion {
  readonly id: string;
  readonly size?: number;
  readonly lastModifiedBy?: GraphIdentitySet;
}

/**
 * The versions of a record's file, oldest first (`GET /drives/{d}/items/{id}/versions`,
 * https://learn.microsoft.com/graph/api/driveitem-list-versions): 2 requests.
 */
export async function listContentVersions(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
): Promise<{ readonly driveItemId: string; readonly versions: ContentVersion[] }> {
  const file = await sendJson<GraphDriveItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/driveItem`,
    query: { $select: 'id' },
    label: 'trust.content-versions',
  });
  const versions = await fetchAllPages<GraphDriveItemVersion>(client, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/items/${file.id}/versions`,
    label: 'trust.content-versions',
  });
  return {
    driveItemId: file.id,
    versions: versions
      .map((version) => {
        const by = personOf(version.lastModifiedBy);
        return {
          label: version.id,
          ...(version.size === undefined ? {} : { size: version.size }),
          ...(by === undefined ? {} : { by }),
        };
      })
      .sort((a, b) => Number.parseFloat(a.label) - Number.parseFloat(b.label)),
  };
}

/**
 * Who brought content other than the filed bytes: the earlier versions of the file are read
 * oldest first (`GET .../versions/{id}/content`, https://learn.microsoft.com/graph/api/driveitemversion-get-contents)
 * until one no longer has the filed SHA-256; the author of that version, or of the current
 * one when all earlier ones still had it. One download per earlier version read; only for a
 * record whose content does not match (Node: the CLI follows the redirect to the bytes).
 */
export async function findContentChange(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
  filedSha256: string,
): Promise<ContentVersion | undefined> {
  const { driveItemId, versions } = await listContentVersions(client, site, id);
  const current = versions.at(-1);
  for (const version of versions.slice(0, -1)) {
    const response = await sendOk(client, {
      method: 'GET',
      url: `/drives/${site.recordsDriveId}/items/${driveItemId}/versions/${version.label}/content`,
      label: 'trust.version-content',
    }).catch(() => undefined);
    if (response === undefined) continue;
    const hash = new Sha256().update(new Uint8Array(await response.arrayBuffer())).digestHex();
    if (hash !== filedSha256.toLowerCase()) return version;
  }
  return current;
}
