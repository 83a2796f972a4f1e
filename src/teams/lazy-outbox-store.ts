import { memoryOutboxStore, openOutboxStore, type OutboxStore } from '../filing/outbox';

/** The outbox store of a tab, opened on first use; in memory where IndexedDB is missing. */
export function lazyStore(name: string): OutboxStore {
  // Opened on first use; a browser without IndexedDB keeps the jobs in memory.
  const opened = openOutboxStore(name).catch(() => memoryOutboxStore());
  return {
    all: async () => (await opened).all(),
    get: async (id) => (await opened).get(id),
    put: async (job) => (await opened).put(job),
    remove: async (id) => (await opened).remove(id),
    close: () => void opened.then((store) => store.close()),
  };
}
