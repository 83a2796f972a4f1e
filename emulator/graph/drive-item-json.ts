import { findDriveItem, pathSegments } from '../store/drive-items';
import type { DriveItemRecord, ListRecord, SiteRecord } from '../store/records';
import type { Store } from '../store/store';
import { identitySet } from './identity';
import { listUrl } from './site-json';

/** A drive item's etag; the version changes with every content or metadata change. */
export const driveItemEtag = (item: DriveItemRecord): string =>
  `"{${item.guid.toUpperCase()}},${item.version}"`;

/** The item's absolute URL in SharePoint. */
export function driveItemUrl(
  store: Store,
  site: SiteRecord,
  list: ListRecord,
  item: DriveItemRecord,
): string {
  return [listUrl(site, list), ...pathSegments(store, item).map(encodeURIComponent)].join('/');
}

/** Graph's driveItem resource (without `listItem`, which callers add when expanded). */
export function driveItemJson(
  store: Store,
  site: SiteRecord,
  list: ListRecord,
  item: DriveItemRecord,
): Record<string, unknown> {
  const base = {
    createdDateTime: item.createdAt,
    eTag: driveItemEtag(item),
    id: item.id,
    lastModifiedDateTime: item.modifiedAt,
    name: item.parentId === null ? 'root' : item.name,
    webUrl: driveItemUrl(store, site, list, item),
    cTag: `"c:{${item.guid.toUpperCase()}},${item.version}"`,
    size: item.size,
    createdBy: identitySet(store, item.createdBy),
    lastModifiedBy: identitySet(store, item.modifiedBy),
    parentReference: parentReference(store, site, item),
    fileSystemInfo: { createdDateTime: item.createdAt, lastModifiedDateTime: item.modifiedAt },
  };
  if (item.parentId === null) return { ...base, folder: { childCount: 0 }, root: {} };
  if (item.isFolder) return { ...base, folder: { childCount: 0 } };
  const download = store.downloads?.url({ driveId: item.driveId, itemId: item.id });
  return {
    // "A URL that can be used to download this file's content. Authentication isn't required
    // with this URL. Read-only." (https://learn.microsoft.com/en-us/graph/api/resources/driveitem)
    ...(download === undefined ? {} : { '@microsoft.graph.downloadUrl': download }),
    ...base,
    // SharePoint gives quickXorHash only: "In OneDrive for Business and SharePoint Server 2016,
    // sha1Hash and crc32Hash, and sha256Hash are not available"
    // (https://learn.microsoft.com/en-us/graph/api/resources/hashes).
    file: { mimeType: item.mimeType, hashes: { quickXorHash: item.quickXorHash } },
  };
}

function parentReference(
  store: Store,
  site: SiteRecord,
  item: DriveItemRecord,
): Record<string, unknown> {
  const reference = { driveType: 'documentLibrary', driveId: item.driveId, siteId: site.id };
  if (item.parentId === null) return reference;
  const parent = findDriveItem(store, item.driveId, item.parentId);
  const segments = parent === undefined ? [] : pathSegments(store, parent);
  const path = `/drives/${item.driveId}/root:${segments.length === 0 ? '' : `/${segments.join('/')}`}`;
  return {
    ...reference,
    id: item.parentId,
    name: parent?.parentId === null ? 'root' : parent?.name,
    path,
  };
}
