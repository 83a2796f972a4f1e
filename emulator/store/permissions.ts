import { parseRow, parseRows } from './database';
import type { PermissionRecord } from './records';
import type { Store } from './store';

/**
 * A securable object of SharePoint: the site, a list or library, or one item (a file, a folder
 * or a list item; a library's root folder is the library itself).
 */
export type ScopeKey = `site:${string}` | `list:${string}` | `item:${string}:${number}`;

/** The key of a site, list or item. */
export const siteScope = (siteId: string): ScopeKey => `site:${siteId}`;
export const listScope = (listId: string): ScopeKey => `list:${listId}`;
export const itemScope = (listId: string, itemId: number): ScopeKey => `item:${listId}:${itemId}`;

/**
 * The permission entries of an object with unique permissions, or undefined when it inherits
 * them from its parent (SharePoint's role inheritance).
 */
export function uniquePermissions(
  store: Store,
  scope: ScopeKey,
): readonly PermissionRecord[] | undefined {
  return parseRow<{ entries: PermissionRecord[] }>(
    store.db.prepare('SELECT json FROM permission_scopes WHERE scope = ?').get(scope),
  )?.entries;
}

/** Gives an object unique permissions with these entries (breaking or keeping inheritance broken). */
export function saveUniquePermissions(
  store: Store,
  siteId: string,
  scope: ScopeKey,
  entries: readonly PermissionRecord[],
): void {
  store.db
    .prepare('INSERT OR REPLACE INTO permission_scopes (scope, site_id, json) VALUES (?, ?, ?)')
    .run(scope, siteId, JSON.stringify({ entries }));
}

/** Every object of a site with unique permissions, with its entries. */
export function uniqueScopesOfSite(
  store: Store,
  siteId: string,
): { readonly scope: ScopeKey; readonly entries: readonly PermissionRecord[] }[] {
  const rows = store.db
    .prepare('SELECT scope, json FROM permission_scopes WHERE site_id = ?')
    .all(siteId) as { scope: ScopeKey; json: string }[];
  return rows.map((row) => ({
    scope: row.scope,
    entries: parseRows<{ entries: PermissionRecord[] }>([row])[0]?.entries ?? [],
  }));
}
