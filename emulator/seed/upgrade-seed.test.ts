import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/database';
import { findList, listColumns } from '../store/sites';
import type { Store } from '../store/store';
import { findUser } from '../store/users';
import { DEMO_SITE, seedIfEmpty } from './seed';
import { upgradeSeed } from './upgrade-seed';

describe('upgrading a data folder seeded by an earlier version', () => {
  it('adds the audit-event column to the Records library and the users’ departments, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-upgrade-'));
    const db = openDatabase(dataDir);
    try {
      const store: Store = { db, dataDir, now: () => new Date() };
      await seedIfEmpty(store);
      const records = findList(store, DEMO_SITE.id, 'Records');
      if (records === undefined) throw new Error('no Records library');
      // What an earlier version left: no such column, users without a department.
      db.prepare('DELETE FROM columns WHERE list_id = ? AND name = ?').run(
        records.id,
        'BronvastLastAuditEvent',
      );
      const officer = findUser(store, 'beleid@bronvast.example');
      db.prepare('UPDATE users SET json = ? WHERE upn = ?').run(
        JSON.stringify({ ...officer, department: undefined }),
        'beleid@bronvast.example',
      );
      const names = () => listColumns(store, records.id).map((column) => column.name);
      expect(names()).not.toContain('BronvastLastAuditEvent');
      upgradeSeed(store);
      upgradeSeed(store);
      expect(names().filter((name) => name === 'BronvastLastAuditEvent')).toHaveLength(1);
      expect(findUser(store, 'beleid@bronvast.example')?.department).toBe('Directie Open Overheid');
    } finally {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
