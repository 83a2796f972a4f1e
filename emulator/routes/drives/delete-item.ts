import { rmSync } from 'node:fs';
import type { GraphContext, GraphRoute } from '../../context';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, graphError, invalidRequest } from '../../http/graph-error';
import { preconditionFailure } from '../../http/if-match';
import { empty } from '../../http/respond';
import { driveItemEtag } from '../../graph/drive-item-json';
import { DRIVE_ITEM_DELETE } from '../../scopes/route-scopes';
import { contentPath } from '../../store/content-files';
import { listChildren } from '../../store/drive-items';
import type { DriveItemRecord } from '../../store/records';
import type { Store } from '../../store/store';
import { mayAccessDriveItem } from './drive-paths';
import { ADDRESS, locate } from './drive-routes';
import { isRecord } from './record-lock';

/**
 * `DELETE /drives/{drive}/items/{id}` (https://learn.microsoft.com/en-us/graph/api/driveitem-delete):
 * 204 No Content, honouring `If-Match`; a folder goes with everything in it. The item leaves the
 * drive and its list item leaves the library (SharePoint keeps it in the recycle bin, which the
 * record system does not model). A record (a label that declares one, locked or not) cannot be
 * deleted: Purview blocks it ("Compare restrictions for what actions are allowed or blocked",
 * https://learn.microsoft.com/en-us/purview/records-management); Graph's status for that is
 * not documented, the record system answers 403 accessDenied.
 */
async function deleteItem(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { drive, item } = found;
  if (item.parentId === null) return invalidRequest('The root of a drive cannot be deleted.');
  if (!mayAccessDriveItem(context, drive, item, 'write')) return accessDenied();
  const stale = preconditionFailure(context.request.headers['if-match'], [driveItemEtag(item)]);
  if (stale !== undefined) return stale;
  const all = withDescendants(context.store, item);
  if (all.some(isRecord))
    return graphError(
      403,
      'accessDenied',
      `'${item.name}' is or holds a record: it cannot be deleted.`,
    );
  context.store.db.transaction(() => {
    for (const gone of all) removeItem(context.store, drive.list.id, gone);
  })();
  for (const gone of all) rmSync(contentPath(context.store, gone.id), { force: true });
  return empty(204);
}

function withDescendants(store: Store, item: DriveItemRecord): DriveItemRecord[] {
  if (!item.isFolder) return [item];
  return [
    item,
    ...listChildren(store, item.driveId, item.id).flatMap((child) => withDescendants(store, child)),
  ];
}

function removeItem(store: Store, listId: string, item: DriveItemRecord): void {
  store.db.prepare('DELETE FROM drive_items WHERE id = ?').run(item.id);
  if (item.listItemId === undefined) return;
  for (const table of ['list_items', 'list_item_versions', 'list_item_values']) {
    const key = table === 'list_items' ? 'id' : 'item_id';
    store.db
      .prepare(`DELETE FROM ${table} WHERE list_id = ? AND ${key} = ?`)
      .run(listId, item.listItemId);
  }
}

/** Deleting drive items. */
export const deleteRoutes: readonly GraphRoute[] = [
  {
    method: 'DELETE',
    pattern: new RegExp(`^/drives/(?<drive>[^/]+)/${ADDRESS}$`),
    handle: deleteItem,
    scopes: DRIVE_ITEM_DELETE,
  },
];
