import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { FOLDER_CREATE } from '../../scopes/route-scopes';

import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, invalidRequest, nameAlreadyExists } from '../../http/graph-error';
import { driveItemJson } from '../../graph/drive-item-json';
import { json } from '../../http/respond';
import { findChild } from '../../store/drive-items';
import { checkNames, createEntry, mayAccessDriveItem } from './drive-paths';
import { ADDRESS_BEFORE_ACTION, locate } from './drive-routes';

type Params = Readonly<Record<string, string>>;

/**
 * `POST /drives/{d}/items/{id}/children` (or `root/children`) with `{name, folder: {}}`: Graph's
 * way to create a folder. `@microsoft.graph.conflictBehavior` fail (the default here) answers
 * 409 when the name is taken; rename and replace are not served.
 */
async function createFolder(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  if (!found.item.isFolder) return invalidRequest('Children can only be added to a folder.');
  if (!mayAccessDriveItem(context, found.drive, found.item, 'write')) return accessDenied();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const name = body.value['name'];
  if (typeof name !== 'string' || name.trim() === '')
    return invalidRequest('The name of the new folder is missing.');
  if (asRecord(body.value['folder']) === undefined)
    return invalidRequest('Only folders can be created this way; upload files with PUT.');
  const names = checkNames(context, found.drive, found.item, [name]);
  if (!names.ok) return names.response;
  if (findChild(context.store, found.drive.driveId, found.item.id, name) !== undefined)
    return nameAlreadyExists(name);
  const folder = createEntry(context, found.drive, found.item.id, name, undefined);
  return json(201, driveItemJson(context.store, found.drive.site, found.drive.list, folder));
}

/** Creating folders in a drive. */
export const createFolderRoutes: readonly GraphRoute[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^/drives/(?<drive>[^/]+)/${ADDRESS_BEFORE_ACTION}/children$`),
    handle: createFolder,
    scopes: FOLDER_CREATE,
  },
];
