import { parseRow, parseRows } from './database';
import type { ListItemRecord } from './records';
import type { Store } from './store';

/** All items of a list, by id. */
export function listItems(store: Store, listId: string): ListItemRecord[] {
  return parseRows<ListItemRecord>(
    store.db.prepare('SELECT json FROM list_items WHERE list_id = ? ORDER BY id').all(listId),
  );
}

/** One list item. */
export function findListItem(store: Store, listId: string, id: number): ListItemRecord | undefined {
  return parseRow<ListItemRecord>(
    store.db.prepare('SELECT json FROM list_items WHERE list_id = ? AND id = ?').get(listId, id),
  );
}

/** Inserts or replaces a list item. */
export function saveListItem(store: Store, item: ListItemRecord): void {
  store.db
    .prepare('INSERT OR REPLACE INTO list_items (list_id, id, json) VALUES (?, ?, ?)')
    .run(item.listId, item.id, JSON.stringify(item));
}
