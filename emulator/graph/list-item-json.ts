import type { ListItemRecord, ListRecord, SiteRecord } from '../store/records';
import type { Store } from '../store/store';
import { identitySet } from './identity';
import { fieldsJson, itemEtag } from './list-item-fields';
import { listUrl } from './site-json';
import { findDriveItem, pathSegments } from '../store/drive-items';

/** How much of the fields to include: none (not expanded), all, or a selection. */
export type FieldsExpansion =
  { readonly expand: false } | { readonly expand: true; readonly select?: readonly string[] };

/**
 * Graph's listItem resource. With `select` (the request's `$select`) the costly properties it
 * does not name (web URL, people) are left out here already; the caller applies `$select` to
 * the rest.
 */
export function listItemJson(
  store: Store,
  site: SiteRecord,
  list: ListRecord,
  item: ListItemRecord,
  fields: FieldsExpansion,
  select?: readonly string[],
): Record<string, unknown> {
  const wanted = (name: string): boolean => select === undefined || select.includes(name);
  return {
    '@odata.etag': itemEtag(item),
    createdDateTime: item.createdAt,
    eTag: itemEtag(item),
    id: String(item.id),
    lastModifiedDateTime: item.modifiedAt,
    ...(wanted('webUrl') ? { webUrl: itemUrl(store, site, list, item) } : {}),
    ...(wanted('createdBy') ? { createdBy: identitySet(store, item.createdBy) } : {}),
    ...(wanted('lastModifiedBy') ? { lastModifiedBy: identitySet(store, item.modifiedBy) } : {}),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: contentTypeId(item), name: item.contentType },
    ...(fields.expand ? { fields: fieldsJson(store, list, item, fields.select) } : {}),
  };
}

function itemUrl(store: Store, site: SiteRecord, list: ListRecord, item: ListItemRecord): string {
  if (list.driveId === undefined || item.driveItemId === undefined) {
    return `${listUrl(site, list)}/DispForm.aspx?ID=${item.id}`;
  }
  const driveItem = findDriveItem(store, list.driveId, item.driveItemId);
  const segments = driveItem === undefined ? [] : pathSegments(store, driveItem);
  return [listUrl(site, list), ...segments.map(encodeURIComponent)].join('/');
}

function contentTypeId(item: ListItemRecord): string {
  if (item.contentType === 'Folder') return '0x0120';
  return item.contentType === 'Document' ? '0x0101' : '0x01';
}
