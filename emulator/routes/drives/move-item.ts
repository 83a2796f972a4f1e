import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { DRIVE_ITEM_UPDATE } from '../../scopes/route-scopes';

import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, invalidRequest, nameAlreadyExists } from '../../http/graph-error';
import { preconditionFailure } from '../../http/if-match';
import { driveItemEtag } from '../../graph/drive-item-json';
import { itemEtag } from '../../graph/list-item-fields';
import { findChild, findDriveItem } from '../../store/drive-items';
import { saveDriveItem } from '../../store/save-drive-item';
import { findListItem, saveListItem } from '../../store/list-items';
import type { DriveItemRecord, ListItemRecord } from '../../store/records';
import { timestamp } from '../../store/store';
import { checkNames, mayAccessDriveItem } from './drive-paths';
import { driveItemResponse } from './drive-item-response';
import { ADDRESS, locate } from './drive-routes';
import { isWithin, moveTarget } from './move-target';
import { isRegulatoryRecord, propertiesLocked } from './record-lock';

type Params = Readonly<Record<string, string>>;

/**
 * `PATCH /drives/{d}/items/{id}` with `parentReference` and/or `name`: Graph's way to move and
 * rename a file or folder (there is no list item move). Its list item follows (FileLeafRef,
 * path) with a new version, as a rename or move leaves one in SharePoint's history.
 */
export async function patchDriveItem(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { drive, item } = found;
  if (item.parentId === null) return invalidRequest('The root of a drive cannot be changed.');
  if (!mayAccessDriveItem(context, drive, item, 'write')) return accessDenied();
  const listItem =
    item.listItemId === undefined
      ? undefined
      : findListItem(context.store, drive.list.id, item.listItemId);
  const etags = [driveItemEtag(item), ...(listItem === undefined ? [] : [itemEtag(listItem)])];
  const stale = preconditionFailure(context.request.headers['if-match'], etags);
  if (stale !== undefined) return stale;
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const reference = asRecord(body.value['parentReference']);
  const target = reference === undefined ? undefined : moveTarget(context, drive, reference);
  if (target !== undefined && !target.ok) return target.response;
  const parent = target?.value ?? findDriveItem(context.store, drive.driveId, item.parentId);
  if (parent === undefined) return invalidRequest('The item has no parent.');
  // Moving adds the item to the target folder: the caller must be allowed to write there too.
  if (parent.id !== item.parentId && !mayAccessDriveItem(context, drive, parent, 'write'))
    return accessDenied();
  if (isWithin(context, parent, item))
    return invalidRequest('A folder cannot be moved into itself.');
  const name = body.value['name'] ?? item.name;
  if (typeof name !== 'string') return invalidRequest('The name must be a string.');
  // A regulatory record cannot be renamed; moving it within its library stays allowed.
  if (name !== item.name && isRegulatoryRecord(item)) return propertiesLocked(item.name);
  const names = checkNames(context, drive, parent, [name]);
  if (!names.ok) return names.response;
  const taken = findChild(context.store, drive.driveId, parent.id, name);
  if (taken !== undefined && taken.id !== item.id) return nameAlreadyExists(name);
  move(context, { item, listItem }, parent.id, name);
  return driveItemResponse(context, drive, item.id, 200);
}

function move(
  context: GraphContext,
  { item, listItem }: { item: DriveItemRecord; listItem: ListItemRecord | undefined },
  parentId: string,
  name: string,
): void {
  const changed = { modifiedAt: timestamp(context.store), modifiedBy: context.user.upn };
  context.store.db.transaction(() => {
    saveDriveItem(context.store, {
      ...item,
      ...changed,
      parentId,
      name,
      version: item.version + 1,
    });
    if (listItem === undefined) return;
    saveListItem(context.store, {
      ...listItem,
      ...changed,
      fields: { ...listItem.fields, FileLeafRef: name },
      version: listItem.version + 1,
    });
  })();
}

/** Moving and renaming drive items. */
export const moveRoutes: readonly GraphRoute[] = [
  {
    method: 'PATCH',
    pattern: new RegExp(`^/drives/(?<drive>[^/]+)/${ADDRESS}$`),
    handle: patchDriveItem,
    scopes: DRIVE_ITEM_UPDATE,
  },
];
