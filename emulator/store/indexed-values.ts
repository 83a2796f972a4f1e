import { readMeta, writeMeta } from './database';
import type { FieldValue, ListItemRecord } from './records';
import type { Store } from './store';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const INDEX_VERSION = '2';

/**
 * The value of an indexed column as SQLite keeps it for lookups and sorting, ordered as the
 * filter evaluator orders values: dates by time (ISO text in UTC), text case-insensitively,
 * numbers as numbers. Empty values are null (the evaluator sees them as null), and sort first.
 */
export function indexKey(value: FieldValue | undefined): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number(value);
  if (ISO_DATE.test(value)) {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return value.toLowerCase();
}

/** The names of a list's indexed columns. */
export function indexedColumnNames(store: Store, listId: string): string[] {
  const rows = store.db.prepare('SELECT json FROM columns WHERE list_id = ?').all(listId) as {
    json: string;
  }[];
  return rows
    .map((row) => JSON.parse(row.json) as { name: string; indexed: boolean })
    .filter((column) => column.indexed)
    .map((column) => column.name);
}

/**
 * Keeps the indexed column values of one item, as SharePoint keeps its column indexes: one row
 * per item and indexed column, null when empty, so the index alone orders every item.
 */
export function writeIndexedValues(
  store: Store,
  item: ListItemRecord,
  names: readonly string[] = indexedColumnNames(store, item.listId),
): void {
  store.db
    .prepare('DELETE FROM list_item_values WHERE list_id = ? AND item_id = ?')
    .run(item.listId, item.id);
  const insert = store.db.prepare(
    'INSERT INTO list_item_values (list_id, item_id, name, value) VALUES (?, ?, ?, ?)',
  );
  for (const name of names) {
    insert.run(item.listId, item.id, name, indexKey(item.fields[name]));
  }
}

/** Fills the column indexes of a data folder written before they existed (once). */
export function ensureIndexedValues(store: Store): void {
  if (readMeta(store.db, 'indexed-values') === INDEX_VERSION) return;
  store.db.transaction(() => {
    const lists = store.db.prepare('SELECT id FROM lists').all() as { id: string }[];
    for (const { id } of lists) {
      const names = indexedColumnNames(store, id);
      const rows = store.db.prepare('SELECT json FROM list_items WHERE list_id = ?').all(id) as {
        json: string;
      }[];
      for (const row of rows)
        writeIndexedValues(store, JSON.parse(row.json) as ListItemRecord, names);
    }
    writeMeta(store.db, 'indexed-values', INDEX_VERSION);
  })();
}

/**
 * Builds the index of a column that becomes indexed: one row per item the list already has,
 * with the item's value (null when empty), as SharePoint indexes existing items.
 */
export function indexColumnValues(store: Store, listId: string, name: string): void {
  const rows = store.db
    .prepare('SELECT id, json FROM list_items WHERE list_id = ?')
    .all(listId) as {
    id: number;
    json: string;
  }[];
  const insert = store.db.prepare(
    'INSERT OR REPLACE INTO list_item_values (list_id, item_id, name, value) VALUES (?, ?, ?, ?)',
  );
  for (const row of rows) {
    const item = JSON.parse(row.json) as ListItemRecord;
    insert.run(listId, row.id, name, indexKey(item.fields[name]));
  }
}

/** Drops a column's index. */
export function dropColumnIndex(store: Store, listId: string, name: string): void {
  store.db.prepare('DELETE FROM list_item_values WHERE list_id = ? AND name = ?').run(listId, name);
}
