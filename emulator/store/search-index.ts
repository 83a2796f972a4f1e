import { existsSync, readFileSync } from 'node:fs';
import { contentPath } from './content-files';
import { readMeta, writeMeta } from './database';
import { pathSegments } from './drive-items';
import type { DriveItemRecord, ListItemRecord } from './records';
import { findListByDrive, findSite } from './sites';
import type { Store } from './store';
import { listUrl } from '../graph/site-json';

// SharePoint crawls and parses plain text (.txt) by default
// (https://learn.microsoft.com/en-us/sharepoint/technical-reference/default-crawled-file-name-extensions-and-parsed-file-types).
// The record system parses plain text only: a stricter reading, as it finds other files by
// name alone. Text past the first two million characters is not indexed.
const PARSED = new Set(['txt']);
const MAX_INDEXED_CHARS = 2_000_000;
const INDEX_VERSION = '1';

/** The managed property RefinableDate00 holds the crawled `ows_MailSent` (docs/woo-desk.md). */
export const REFINABLE_DATE_COLUMN = 'MailSent';

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Keeps the search index of one drive item up to date: a file of a parsed type is (re)indexed
 * with its text, web address, type, creator and refinable date; anything else is left out.
 * Called whenever a drive item is saved (move, rename, new version) and, forced, once new
 * content is in place.
 */
export function indexDriveItem(store: Store, item: DriveItemRecord, force = false): void {
  const fileType = extensionOf(item.name);
  if (item.isFolder || !PARSED.has(fileType)) {
    removeFromIndex(store, item.id);
    return;
  }
  const existing = store.db
    .prepare('SELECT rowid, sha256, web_url FROM search_docs WHERE item_id = ?')
    .get(item.id) as { rowid: number; sha256: string; web_url: string } | undefined;
  const webUrl = webUrlOf(store, item);
  if (webUrl === null) return;
  const same = existing?.sha256 === item.sha256 && existing.web_url === webUrl;
  if (same && !force) return;
  const path = contentPath(store, item.id);
  // New content is indexed once it is in place (the upload calls again, forced).
  if (!existsSync(path)) return;
  const body = readFileSync(path, 'utf8').slice(0, MAX_INDEXED_CHARS);
  removeFromIndex(store, item.id);
  const row = store.db
    .prepare(
      `INSERT INTO search_docs (item_id, drive_id, web_url, file_type, file_name, created_by, sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(item.id, item.driveId, webUrl, fileType, item.name, item.createdBy, item.sha256);
  store.db
    .prepare('INSERT INTO search_text (rowid, body) VALUES (?, ?)')
    .run(row.lastInsertRowid, body);
}

/** Keeps a file's refinable date when its list item's columns change. */
export function indexListItemFields(store: Store, item: ListItemRecord): void {
  if (item.driveItemId === undefined) return;
  const value = item.fields[REFINABLE_DATE_COLUMN];
  const date = typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
  store.db
    .prepare('UPDATE search_docs SET refinable_date00 = ? WHERE item_id = ?')
    .run(date === null ? null : new Date(date).toISOString(), item.driveItemId);
}

/** Removes an item from the index. */
export function removeFromIndex(store: Store, itemId: string): void {
  const row = store.db.prepare('SELECT rowid FROM search_docs WHERE item_id = ?').get(itemId) as
    { rowid: number } | undefined;
  if (row === undefined) return;
  store.db.prepare('DELETE FROM search_text WHERE rowid = ?').run(row.rowid);
  store.db.prepare('DELETE FROM search_docs WHERE rowid = ?').run(row.rowid);
}

function webUrlOf(store: Store, item: DriveItemRecord): string | null {
  const list = findListByDrive(store, item.driveId);
  const site = list === undefined ? undefined : findSite(store, list.siteId);
  if (list === undefined || site === undefined) return null;
  return [listUrl(site, list), ...pathSegments(store, item).map(encodeURIComponent)].join('/');
}

/** Indexes the parsed files of a data folder written before the index existed (once). */
export function ensureSearchIndex(store: Store): void {
  if (readMeta(store.db, 'search-index') === INDEX_VERSION) return;
  store.db.transaction(() => {
    const rows = store.db
      .prepare("SELECT json FROM drive_items WHERE lower(name) LIKE '%.txt'")
      .all() as { json: string }[];
    for (const row of rows) indexDriveItem(store, JSON.parse(row.json) as DriveItemRecord);
    writeMeta(store.db, 'search-index', INDEX_VERSION);
  })();
}
