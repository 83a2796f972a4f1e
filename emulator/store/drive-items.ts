import { parseRow, parseRows } from './database';
import type { DriveItemRecord } from './records';
import type { Store } from './store';

/** One drive item by id, within a drive. */
export function findDriveItem(
  store: Store,
  driveId: string,
  id: string,
): DriveItemRecord | undefined {
  return parseRow<DriveItemRecord>(
    store.db.prepare('SELECT json FROM drive_items WHERE drive_id = ? AND id = ?').get(driveId, id),
  );
}

/** A child of a folder by name (case-insensitive, as SharePoint compares names). */
export function findChild(
  store: Store,
  driveId: string,
  parentId: string,
  name: string,
): DriveItemRecord | undefined {
  return parseRow<DriveItemRecord>(
    store.db
      .prepare('SELECT json FROM drive_items WHERE drive_id = ? AND parent_id = ? AND name = ?')
      .get(driveId, parentId, name),
  );
}

/** The children of a folder, by name. */
export function listChildren(store: Store, driveId: string, parentId: string): DriveItemRecord[] {
  return parseRows<DriveItemRecord>(
    store.db
      .prepare('SELECT json FROM drive_items WHERE drive_id = ? AND parent_id = ? ORDER BY name')
      .all(driveId, parentId),
  );
}

/** The folder names from the root down to the item (the root itself is empty). */
export function pathSegments(store: Store, item: DriveItemRecord): string[] {
  const segments: string[] = [];
  let current: DriveItemRecord | undefined = item;
  while (current !== undefined && current.parentId !== null) {
    segments.unshift(current.name);
    current = findDriveItem(store, current.driveId, current.parentId);
  }
  return segments;
}
