import { columnFromDefinition } from '../routes/column-definition';
import { listColumns, findList, insertColumn } from '../store/sites';
import type { Store } from '../store/store';
import { findUser } from '../store/users';
import { RECORD_COLUMNS } from './columns';
import { DEMO_SITE } from './seed';
import { POLICY_OFFICER, RECORDS_MANAGER } from './users';

/**
 * Brings a data folder seeded by an earlier version up to date, as an administrator would:
 * Records library columns added since (such as `BronvastLastAuditEvent`) and the demo users'
 * departments. Idempotent; records and their history stay as they are.
 */
export function upgradeSeed(store: Store): void {
  const records = findList(store, DEMO_SITE.id, 'Records');
  if (records === undefined) return;
  store.db.transaction(() => {
    const present = new Set(listColumns(store, records.id).map((column) => column.name));
    for (const definition of RECORD_COLUMNS) {
      const column = columnFromDefinition(definition);
      if (column.ok && !present.has(column.value.name))
        insertColumn(store, records.id, column.value);
    }
    for (const seeded of [POLICY_OFFICER, RECORDS_MANAGER]) {
      const user = findUser(store, seeded.upn);
      if (user !== undefined && user.department === undefined && seeded.department !== undefined)
        store.db
          .prepare('UPDATE users SET json = ? WHERE upn = ?')
          .run(JSON.stringify({ ...user, department: seeded.department }), user.upn);
    }
  })();
}
