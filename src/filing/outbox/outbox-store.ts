import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FilingErrorCode } from '../filing-error';
import type { FilingJob } from './filing-job';

interface OutboxSchema<C extends string> extends DBSchema {
  jobs: { key: string; value: FilingJob<C>; indexes: { createdAt: number } };
}

/** Where filing jobs live between page loads: IndexedDB, so closing the pane loses nothing. */
export interface OutboxStore<C extends string = FilingErrorCode> {
  readonly all: () => Promise<FilingJob<C>[]>;
  readonly get: (id: string) => Promise<FilingJob<C> | undefined>;
  readonly put: (job: FilingJob<C>) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
  readonly close: () => void;
}

/** The default database name; tests and the workbench pass their own to stay apart. */
export const OUTBOX_DATABASE = 'bronvast-outbox';

/** Opens (and on first use creates) the outbox database. */
export async function openOutboxStore<C extends string = FilingErrorCode>(
  name: string = OUTBOX_DATABASE,
): Promise<OutboxStore<C>> {
  const db: IDBPDatabase<OutboxSchema<C>> = await openDB<OutboxSchema<C>>(name, 1, {
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
