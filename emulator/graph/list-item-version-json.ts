import type { ListItemRecord, ListRecord } from '../store/records';
import type { Store } from '../store/store';
import { identitySet } from './identity';
import { fieldsJson } from './list-item-fields';

/** A version label as SharePoint writes it: major versions only, `1.0`, `2.0`, ... */
export const versionLabel = (item: Pick<ListItemRecord, 'version'>): string => `${item.version}.0`;

/**
 * Graph's listItemVersion: who changed the item when, and, with `$expand=fields`, its fields as
 * they were then. `fields` is a relationship of listItemVersion, not a property, and Graph's
 * example answer of listitem-list-versions carries none
 * (https://learn.microsoft.com/en-us/graph/api/resources/listitemversion,
 * https://learn.microsoft.com/en-us/graph/api/listitem-list-versions).
 */
export function listItemVersionJson(
  store: Store,
  list: ListRecord,
  version: ListItemRecord,
  expandFields: boolean,
): Record<string, unknown> {
  return {
    id: versionLabel(version),
    lastModifiedDateTime: version.modifiedAt,
    lastModifiedBy: identitySet(store, version.modifiedBy),
    published: { level: 'published', versionId: versionLabel(version) },
    ...(expandFields ? { fields: fieldsJson(store, list, version, undefined) } : {}),
  };
}
