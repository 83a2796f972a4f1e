import { parseRow, parseRows } from './database';
import { writeIndexedValues } from './indexed-values';
import type { ListItemRecord } from './records';
import { indexListItemFields } from './search-index';
import type { Store } from './store';

/** All items of a list, by id. */
export function listItems(store: Store, listId: string): ListItemRecord[] {
  return parseRows<ListItemRecord>(
    store.db.prepare('SELECT json FROM list_items WHERE list_id = ? ORDER BY id').all(listId),
  );
}

/** Whether a list holds more than `limit` items (counts no further than that). */
export function holdsMoreThan(store: Store, listId: string, limit: number): boolean {
  const row = store.db
    .prepare('SELECT COUNT(*) AS count FROM (SELECT 1 FROM list_items WHERE list_id = ? LIMIT ?)')
    .get(listId, limit + 1) as { count: number };
  return row.count > limit;
}

/** One list item. */
export function findListItem(store: Store, listId: string, id: number): ListItemRecord | undefined {
  return parseRow<ListItemRecord>(
    store.db.prepare('SELECT json FROM list_items WHERE list_id = ? AND id = ?').get(listId, id),
  );
}

/**
 * Inserts or replaces a list item and keeps its state as the version it carries, so every
 * change that raises the version leaves one entry in the item's version history; its indexed
 * columns go into the column index.
 */
export function saveListItem(store: Store, item: ListItemRecord): void {
  const json = JSON.stringify(item);
  store.db
    .prepare('INSERT OR REPLACE INTO list_items (list_id, id, json) VALUES (?, ?, ?)')
    .run(item.listId, item.id, json);
  store.db
    .prepare(
      'INSERT OR REPLACE INTO list_item_versions (list_id, item_id, version, json) VALUES (?, ?, ?, ?)',
    )
    .run(item.listId, item.id, item.version, json);
  writeIndexedValues(store, item);
  indexListItemFields(store, item);
}

/** The stored versions of an item, newest first. */
export function listItemVersions(store: Store, listId: string, id: number): ListItemRecord[] {
  return parseRows<ListItemRecord>(
    store.db
      .prepare(
        'SELECT json FROM list_item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC',
      )
      .all(listId, id),
  );
}

/** Removes a list item with its versions, column index rows and unique permissions. */
export function deleteListItem(store: Store, listId: string, id: number): void {
  store.db.transaction(() => {
    for (const table of ['list_items', 'list_item_versions', 'list_item_values'] as const) {
      const column = table === 'list_items' ? 'id' : 'item_id';
      store.db.prepare(`DELETE FROM ${table} WHERE list_id = ? AND ${column} = ?`).run(listId, id);
    }
    store.db.prepare('DELETE FROM permission_scopes WHERE scope = ?').run(`item:${listId}:${id}`);
  })();
}
