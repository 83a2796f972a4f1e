import { parseRow, parseRows } from './database';
import { dropColumnIndex, indexColumnValues } from './indexed-values';
import type { ColumnRecord, ListRecord, SiteRecord } from './records';
import type { Store } from './store';

/** Finds a site by id (`host,guid,guid`) or by hostname and server-relative path. */
export function findSite(store: Store, id: string): SiteRecord | undefined {
  return parseRow<SiteRecord>(store.db.prepare('SELECT json FROM sites WHERE id = ?').get(id));
}

/** Finds a site by hostname and server-relative path. */
export function findSiteByPath(
  store: Store,
  hostname: string,
  path: string,
): SiteRecord | undefined {
  const trimmed = `/${path.replace(/^\/+|\/+$/g, '')}`;
  const row = store.db
    .prepare('SELECT json FROM sites WHERE hostname = ? AND path = ?')
    .get(hostname, trimmed);
  return parseRow<SiteRecord>(row);
}

/** Adds a site. */
export function insertSite(store: Store, site: SiteRecord): void {
  store.db
    .prepare('INSERT INTO sites (id, hostname, path, json) VALUES (?, ?, ?, ?)')
    .run(site.id, site.hostname, site.path, JSON.stringify(site));
}

/** The lists of a site, in creation order. */
export function listLists(store: Store, siteId: string): ListRecord[] {
  return parseRows<ListRecord>(
    store.db.prepare('SELECT json FROM lists WHERE site_id = ? ORDER BY rowid').all(siteId),
  );
}

/** Finds a list by id, name or display name, as Graph accepts all three. */
export function findList(store: Store, siteId: string, idOrName: string): ListRecord | undefined {
  return listLists(store, siteId).find(
    (list) =>
      list.id.toLowerCase() === idOrName.toLowerCase() ||
      list.name.toLowerCase() === idOrName.toLowerCase() ||
      list.displayName.toLowerCase() === idOrName.toLowerCase(),
  );
}

/** Finds the document library behind a drive. */
export function findListByDrive(store: Store, driveId: string): ListRecord | undefined {
  return parseRow<ListRecord>(
    store.db.prepare('SELECT json FROM lists WHERE drive_id = ?').get(driveId),
  );
}

/** Adds a list. */
export function insertList(store: Store, list: ListRecord): void {
  store.db
    .prepare('INSERT INTO lists (id, site_id, name, drive_id, json) VALUES (?, ?, ?, ?, ?)')
    .run(list.id, list.siteId, list.name, list.driveId ?? null, JSON.stringify(list));
}

/** Hands out the next list item id (1, 2, 3, ... per list, as SharePoint does). */
export function nextListItemId(store: Store, listId: string): number {
  const row = store.db
    .prepare('UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id')
    .get(listId) as { next_item_id: number };
  return row.next_item_id - 1;
}

/** The columns of a list, in creation order. */
export function listColumns(store: Store, listId: string): ColumnRecord[] {
  return parseRows<ColumnRecord>(
    store.db.prepare('SELECT json FROM columns WHERE list_id = ? ORDER BY position').all(listId),
  );
}

/** Adds a column at the end. */
export function insertColumn(store: Store, listId: string, column: ColumnRecord): void {
  store.db
    .prepare(
      'INSERT INTO columns (list_id, name, json, position) VALUES (?, ?, ?, (SELECT COUNT(*) FROM columns WHERE list_id = ?))',
    )
    .run(listId, column.name, JSON.stringify(column), listId);
  if (column.indexed) indexColumnValues(store, listId, column.name);
}

/** Replaces a column's definition (same name); builds or drops its index when that changed. */
export function updateColumn(store: Store, listId: string, column: ColumnRecord): void {
  const before = listColumns(store, listId).find((existing) => existing.name === column.name);
  store.db
    .prepare('UPDATE columns SET json = ? WHERE list_id = ? AND name = ?')
    .run(JSON.stringify(column), listId, column.name);
  if (column.indexed && before?.indexed !== true) indexColumnValues(store, listId, column.name);
  if (!column.indexed && before?.indexed === true) dropColumnIndex(store, listId, column.name);
}
