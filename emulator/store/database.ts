import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The emulator's SQLite connection. */
export type Db = Database.Database;

// Records are stored as JSON documents with the columns needed to find them beside them:
// the emulator filters and sorts in code, as OData semantics are easier to get right there.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (upn TEXT PRIMARY KEY COLLATE NOCASE, id TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (id TEXT PRIMARY KEY, hostname TEXT NOT NULL, path TEXT NOT NULL COLLATE NOCASE, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE,
  drive_id TEXT UNIQUE, json TEXT NOT NULL, next_item_id INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS columns (list_id TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (list_id, name));
CREATE TABLE IF NOT EXISTS list_items (list_id TEXT NOT NULL, id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS list_item_versions (list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL,
  json TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version));
CREATE TABLE IF NOT EXISTS list_item_values (list_id TEXT NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL, value,
  PRIMARY KEY (list_id, item_id, name));
CREATE INDEX IF NOT EXISTS list_item_values_by_value ON list_item_values (list_id, name, value, item_id);
CREATE INDEX IF NOT EXISTS list_item_values_by_value_desc ON list_item_values (list_id, name, value DESC, item_id);
CREATE TABLE IF NOT EXISTS drive_items (id TEXT PRIMARY KEY, drive_id TEXT NOT NULL, parent_id TEXT, name TEXT NOT NULL COLLATE NOCASE,
  json TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS drive_items_by_name ON drive_items (drive_id, parent_id, name);
CREATE TABLE IF NOT EXISTS upload_sessions (token TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, mailbox TEXT NOT NULL COLLATE NOCASE, folder TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mailbox_delegates (mailbox TEXT NOT NULL COLLATE NOCASE, delegate TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (mailbox, delegate));
CREATE TABLE IF NOT EXISTS chats (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS groups (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS permission_scopes (scope TEXT PRIMARY KEY, site_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chat_messages (chat_id TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (chat_id, id));
CREATE TABLE IF NOT EXISTS search_docs (rowid INTEGER PRIMARY KEY, item_id TEXT NOT NULL UNIQUE, drive_id TEXT NOT NULL,
  web_url TEXT NOT NULL, file_type TEXT NOT NULL, file_name TEXT NOT NULL, created_by TEXT NOT NULL COLLATE NOCASE,
  refinable_date00 TEXT, sha256 TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS search_docs_by_date ON search_docs (refinable_date00);
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
`;

/** Opens (and creates) the database in the data folder. */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'emulator.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  cacheStatements(db);
  return db;
}

const MAX_CACHED_STATEMENTS = 500;

// Preparing a statement costs more than running it; a list page of 5,000 items runs the same
// few lookups per item, so statements are prepared once per SQL text and reused.
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    let statement = cache.get(source);
    if (statement === undefined) {
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  };
  db.prepare = cached as Db['prepare'];
}

/** Reads a meta value. */
export function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

/** Writes a meta value. */
export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Parses the JSON column of rows that the emulator wrote itself. */
export function parseRows<T>(rows: unknown[]): T[] {
  return rows.map((row) => JSON.parse((row as { json: string }).json) as T);
}

/** Parses the JSON column of one row, if any. */
export function parseRow<T>(row: unknown): T | undefined {
  return row === undefined ? undefined : (JSON.parse((row as { json: string }).json) as T);
}
