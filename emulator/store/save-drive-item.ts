import type { DriveItemRecord } from './records';
import { indexDriveItem } from './search-index';
import type { Store } from './store';

/** Inserts or replaces a drive item, and keeps its entry in the search index. */
export function saveDriveItem(store: Store, item: DriveItemRecord): void {
  store.db
    .prepare(
      'INSERT OR REPLACE INTO drive_items (id, drive_id, parent_id, name, json) VALUES (?, ?, ?, ?, ?)',
    )
    .run(item.id, item.driveId, item.parentId, item.name, JSON.stringify(item));
  indexDriveItem(store, item);
}
