import type { Store } from '../store/store';
import { findUser } from '../store/users';
import { POLICY_OFFICER, RECORDS_MANAGER } from './users';

/**
 * Brings the demo users of a data folder seeded by an earlier version up to date (their
 * departments). Idempotent. Lists, columns and indexes are brought up to date by provisioning.
 */
export function upgradeSeed(store: Store): void {
  store.db.transaction(() => {
    for (const seeded of [POLICY_OFFICER, RECORDS_MANAGER]) {
      const user = findUser(store, seeded.upn);
      if (user !== undefined && user.department === undefined && seeded.department !== undefined)
        store.db
          .prepare('UPDATE users SET json = ? WHERE upn = ?')
          .run(JSON.stringify({ ...user, department: seeded.department }), user.upn);
    }
  })();
}
