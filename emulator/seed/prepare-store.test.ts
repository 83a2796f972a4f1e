import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindOfSpec, siteSchema } from '../../src/graph';
import { openDatabase } from '../store/database';
import { findList, listColumns, listLists, updateColumn } from '../store/sites';
import type { Store } from '../store/store';
import { findUser } from '../store/users';
import { prepareStore } from './prepare-store';
import { DEMO_SITE } from './seed';

async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-prepare-'));
  const db = openDatabase(dataDir);
  try {
    await run({ db, dataDir, now: () => new Date() });
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('the demo site', () => {
  it('has exactly the lists, columns, kinds and indexes that provisioning makes', () =>
    withStore(async (store) => {
      await prepareStore(store);
      const lists = listLists(store, DEMO_SITE.id);
      const schema = siteSchema();
      expect(lists.map((list) => list.displayName)).toEqual(schema.map((spec) => spec.displayName));
      for (const spec of schema) {
        const list = findList(store, DEMO_SITE.id, spec.displayName)!;
        const columns = listColumns(store, list.id).map((column) => ({
          name: column.name,
          kind: column.type,
          indexed: column.indexed,
        }));
        expect(columns).toEqual(
          spec.columns.map((column) => ({
            name: column.name,
            kind: kindOfSpec(column),
            indexed: column.indexed === true,
          })),
        );
      }
    }));

  it('holds the demo dossier registry once, however often the folder is prepared', () =>
    withStore(async (store) => {
      await prepareStore(store);
      await prepareStore(store);
      const dossiers = findList(store, DEMO_SITE.id, 'Dossiers')!;
      const count = store.db
        .prepare('SELECT COUNT(*) AS n FROM list_items WHERE list_id = ?')
        .get(dossiers.id) as { n: number };
      expect(count.n).toBe(12);
    }));
});

describe('a data folder of an earlier version', () => {
  it('gets the columns, indexes and long-text columns provisioning adds, and the departments', () =>
    withStore(async (store) => {
      await prepareStore(store);
      const records = findList(store, DEMO_SITE.id, 'Records')!;
      const audit = findList(store, DEMO_SITE.id, 'BronvastAudit')!;
      // What an earlier version left: a column missing, an index missing, a short subject.
      store.db
        .prepare('DELETE FROM columns WHERE list_id = ? AND name = ?')
        .run(records.id, 'BronvastLastAuditEvent');
      const action = listColumns(store, audit.id).find((column) => column.name === 'Action')!;
      updateColumn(store, audit.id, { ...action, indexed: false });
      const subject = listColumns(store, records.id).find((c) => c.name === 'MailSubject')!;
      updateColumn(store, records.id, { ...subject, type: 'text' });
      const officer = findUser(store, 'beleid@bronvast.example');
      store.db
        .prepare('UPDATE users SET json = ? WHERE upn = ?')
        .run(JSON.stringify({ ...officer, department: undefined }), 'beleid@bronvast.example');

      await prepareStore(store);

      const column = (listId: string, name: string) =>
        listColumns(store, listId).find((candidate) => candidate.name === name);
      expect(column(records.id, 'BronvastLastAuditEvent')?.indexed).toBe(true);
      expect(column(audit.id, 'Action')?.indexed).toBe(true);
      expect(column(records.id, 'MailSubject')?.type).toBe('note');
      expect(findUser(store, 'beleid@bronvast.example')?.department).toBe('Directie Open Overheid');
    }));
});
