import type { Actor } from '../../context';
import { failure, success, type Outcome } from '../../http/exchange';
import { invalidRequest, itemNotFound } from '../../http/graph-error';
import { findDriveItem } from '../../store/drive-items';
import type { DriveItemRecord } from '../../store/records';
import { resolveAddress, type DriveRef } from './drive-paths';

/**
 * The folder a `parentReference` names: by `id`, or by `path` (`/drives/{d}/root:/a/b` or
 * `/drive/root:/a/b`). A move to another drive is not a move in Graph (it is a copy).
 */
export function moveTarget(
  actor: Actor,
  drive: DriveRef,
  reference: Readonly<Record<string, unknown>>,
): Outcome<DriveItemRecord> {
  const driveId = reference['driveId'];
  if (typeof driveId === 'string' && driveId !== drive.driveId)
    return failure(invalidRequest('Moving an item to another drive is not supported; copy it.'));
  const id = reference['id'];
  const path = reference['path'];
  let target: Outcome<DriveItemRecord>;
  if (typeof id === 'string' && id !== '') {
    const found = findDriveItem(actor.store, drive.driveId, id);
    target =
      found === undefined
        ? failure(itemNotFound('The parent could not be found.'))
        : success(found);
  } else if (typeof path === 'string') {
    const match = /^\/drives?(?:\/[^/]+)?\/root(?::(\/.*?))?:?$/.exec(path);
    if (match === null) return failure(invalidRequest(`The parent path '${path}' is not valid.`));
    target = resolveAddress(actor, drive, undefined, match[1]);
  } else {
    return failure(invalidRequest('parentReference needs an id or a path.'));
  }
  if (target.ok && !target.value.isFolder)
    return failure(invalidRequest('The parent of an item must be a folder.'));
  return target;
}

/** Whether `folder` is `item` itself or lies below it (a folder cannot move into itself). */
export function isWithin(actor: Actor, folder: DriveItemRecord, item: DriveItemRecord): boolean {
  let current: DriveItemRecord | undefined = folder;
  while (current !== undefined) {
    if (current.id === item.id) return true;
    current =
      current.parentId === null
        ? undefined
        : findDriveItem(actor.store, current.driveId, current.parentId);
  }
  return false;
}
