import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FilingJob } from './filing-job';

interface OutboxSchema extends DBSchema {
  jobs: { key: string; value: FilingJob; indexes: { createdAt: number } };
}

/** Where filing jobs live between page loads: IndexedDB, so closing the pane loses nothing. */
export interface OutboxStore {
  readonly all: () => Promise<FilingJob[]>;
  readonly get: (id: string) => Promise<FilingJob | undefined>;
  readonly put: (job: FilingJob) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
  readonly close: () => void;
}

/** The default database name; tests and the workbench pass their own to stay apart. */
export const OUTBOX_DATABASE = 'bronvast-outbox';

/** Opens (and on first use creates) the outbox database. */
export async function openOutboxStore(name: string = OUTBOX_DATABASE): Promise<OutboxStore> {
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(name, 1, {
    upgrade(database) {
      const jobs = database.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('createdAt', 'createdAt');
    },
  });
  return {
    all: () => db.getAllFromIndex('jobs', 'createdAt'),
    get: (id) => db.get('jobs', id),
    put: async (job) => {
      await db.put('jobs', job);
    },
    remove: (id) => db.delete('jobs', id),
    close: () => db.close(),
  };
}
