import { parseRow } from './database';
import type { UserRecord } from './records';
import type { Store } from './store';

/** Finds a user by user principal name (case-insensitive) or id. */
export function findUser(store: Store, upnOrId: string): UserRecord | undefined {
  const row = store.db
    .prepare('SELECT json FROM users WHERE upn = ? OR id = ?')
    .get(upnOrId, upnOrId);
  return parseRow<UserRecord>(row);
}

/** Adds a user (seeding). */
export function insertUser(store: Store, user: UserRecord): void {
  store.db
    .prepare('INSERT INTO users (upn, id, json) VALUES (?, ?, ?)')
    .run(user.upn, user.id, JSON.stringify(user));
}
