import type { Actor } from '../../context';
import { failure, success, type Outcome } from '../../http/exchange';
import { accessDenied, invalidRequest, itemNotFound } from '../../http/graph-error';
import { MAX_PATH_LENGTH, nameProblem } from '../../names';
import { findChild, findDriveItem, pathSegments } from '../../store/drive-items';
import { saveDriveItem } from '../../store/save-drive-item';
import { newDriveItemId, newGuid } from '../../store/ids';
import { findListItem, saveListItem } from '../../store/list-items';
import type {
  DriveItemRecord,
  ListItemRecord,
  ListRecord,
  PermissionRole,
  SiteRecord,
} from '../../store/records';
import { nextListItemId } from '../../store/sites';
import { timestamp } from '../../store/store';

/** A document library's drive with its list and site. */
export interface DriveRef {
  readonly site: SiteRecord;
  readonly list: ListRecord;
  readonly driveId: string;
}

/** Splits a decoded `root:/a/b/c` path into its names. */
export const splitPath = (path: string | undefined): string[] =>
  (path ?? '').split('/').filter((segment) => segment !== '');

/** Finds an item by `items/{id}` (or the root) and an optional path below it. */
export function resolveAddress(
  context: Actor,
  drive: DriveRef,
  itemId: string | undefined,
  path: string | undefined,
): Outcome<DriveItemRecord> {
  const start = findDriveItem(
    context.store,
    drive.driveId,
    itemId === undefined || itemId === 'root' ? (drive.list.rootItemId ?? '') : itemId,
  );
  let current = start;
  for (const name of splitPath(path)) {
    if (current === undefined) break;
    current = findChild(context.store, drive.driveId, current.id, name);
  }
  if (current === undefined) return failure(itemNotFound('The resource could not be found.'));
  if (mayAccessDriveItem(context, drive, current, 'read')) return success(current);
  // The library's root with only a grant further down: SharePoint's "limited access" lets the
  // user address it (to reach what she was granted), not read what else it holds.
  const limited =
    current.listItemId === undefined &&
    context.access.hasGrantWithin({ kind: 'list', list: drive.list });
  return limited ? success(current) : failure(accessDenied());
}

/**
 * Whether the user holds `wanted` on a drive item: its list item's permissions, or the
 * library's for the root folder (a library's root folder is the library itself).
 */
export function mayAccessDriveItem(
  context: Actor,
  drive: DriveRef,
  item: DriveItemRecord,
  wanted: PermissionRole,
): boolean {
  if (item.listItemId === undefined)
    return context.access.may({ kind: 'list', list: drive.list }, wanted);
  const listItem = findListItem(context.store, drive.list.id, item.listItemId);
  return (
    listItem !== undefined &&
    context.access.may({ kind: 'item', list: drive.list, item: listItem }, wanted)
  );
}

/** Checks every name and the total path length against SharePoint's rules. */
export function checkNames(
  context: Actor,
  drive: DriveRef,
  parent: DriveItemRecord,
  names: readonly string[],
): Outcome<true> {
  for (const name of names) {
    const problem = nameProblem(name);
    if (problem !== undefined) return failure(invalidRequest(problem));
  }
  const full = [
    drive.site.path,
    drive.list.name,
    ...pathSegments(context.store, parent),
    ...names,
  ].join('/');
  if (full.length > MAX_PATH_LENGTH) {
    return failure(
      invalidRequest(
        `The path is ${full.length} characters long; SharePoint allows at most ${MAX_PATH_LENGTH}.`,
      ),
    );
  }
  return success(true);
}

/** Walks the folder names below a parent, creating the missing ones (as a simple upload does). */
export function ensureFolders(
  context: Actor,
  drive: DriveRef,
  parent: DriveItemRecord,
  names: readonly string[],
): Outcome<DriveItemRecord> {
  let current = parent;
  for (const name of names) {
    const existing = findChild(context.store, drive.driveId, current.id, name);
    if (existing !== undefined && !existing.isFolder)
      return failure(invalidRequest(`'${name}' is a file, not a folder.`));
    current = existing ?? createEntry(context, drive, current.id, name, undefined);
  }
  return success(current);
}

/** The content facts of a new file. */
export interface FileFacts {
  readonly size: number;
  readonly mimeType: string;
  readonly sha256: string;
  readonly quickXorHash: string;
}

/** Creates a file or (without facts) a folder, with the list item that carries its columns. */
export function createEntry(
  context: Actor,
  drive: DriveRef,
  parentId: string,
  name: string,
  file: FileFacts | undefined,
): DriveItemRecord {
  const now = timestamp(context.store);
  const upn = context.user.upn;
  const listItemId = nextListItemId(context.store, drive.list.id);
  const item: DriveItemRecord = {
    id: newDriveItemId(),
    driveId: drive.driveId,
    parentId,
    name,
    isFolder: file === undefined,
    size: file?.size ?? 0,
    mimeType: file?.mimeType ?? '',
    quickXorHash: file?.quickXorHash ?? '',
    sha256: file?.sha256 ?? '',
    createdBy: upn,
    createdAt: now,
    modifiedBy: upn,
    modifiedAt: now,
    version: 1,
    guid: newGuid(),
    listItemId,
  };
  const listItem: ListItemRecord = {
    listId: drive.list.id,
    id: listItemId,
    guid: item.guid,
    fields: { FileLeafRef: name },
    contentType: file === undefined ? 'Folder' : 'Document',
    createdBy: upn,
    createdAt: now,
    modifiedBy: upn,
    modifiedAt: now,
    version: 1,
    driveItemId: item.id,
    ...(file === undefined ? {} : { contentSize: file.size }),
  };
  saveDriveItem(context.store, item);
  saveListItem(context.store, listItem);
  return item;
}
