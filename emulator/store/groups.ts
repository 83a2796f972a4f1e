import { parseRow, parseRows } from './database';
import type { GroupRecord } from './records';
import type { Store } from './store';

/** One group by id. */
export function findGroup(store: Store, id: string): GroupRecord | undefined {
  return parseRow<GroupRecord>(store.db.prepare('SELECT json FROM groups WHERE id = ?').get(id));
}

/** All groups. */
export function listGroups(store: Store): GroupRecord[] {
  return parseRows<GroupRecord>(store.db.prepare('SELECT json FROM groups ORDER BY id').all());
}

/** Adds or replaces a group (seeding, membership changes). */
export function saveGroup(store: Store, group: GroupRecord): void {
  store.db
    .prepare('INSERT OR REPLACE INTO groups (id, json) VALUES (?, ?)')
    .run(group.id, JSON.stringify(group));
}

/** The groups a user is a direct member of (Entra ID groups in the demo tenant do not nest). */
export function groupsOfUser(store: Store, userId: string): GroupRecord[] {
  return listGroups(store).filter((group) => group.members.includes(userId));
}
