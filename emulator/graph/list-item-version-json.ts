import type { ListItemRecord, ListRecord } from '../store/records';
import type { Store } from '../store/store';
import { identitySet } from './identity';
import { fieldsJson } from './list-item-fields';

/** A version label as SharePoint writes it: major versions only, `1.0`, `2.0`, ... */
export const versionLabel = (item: Pick<ListItemRecord, 'version'>): string => `${item.version}.0`;

/** Graph's listItemVersion: who changed the item when, and its fields as they were then. */
export function listItemVersionJson(
  store: Store,
  list: ListRecord,
  version: ListItemRecord,
): Record<string, unknown> {
  return {
    id: versionLabel(version),
    lastModifiedDateTime: version.modifiedAt,
    lastModifiedBy: identitySet(store, version.modifiedBy),
    published: { level: 'published', versionId: versionLabel(version) },
    fields: fieldsJson(store, list, version, undefined),
  };
}
