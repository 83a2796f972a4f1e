import type { FilingErrorCode } from '../filing-error';
import type { FilingJob } from './filing-job';
import type { OutboxStore } from './outbox-store';

/** An outbox store in memory, for tests and for browsers without IndexedDB (private windows). */
export function memoryOutboxStore<C extends string = FilingErrorCode>(
  initial: readonly FilingJob<C>[] = [],
): OutboxStore<C> {
  const jobs = new Map(initial.map((job) => [job.id, job]));
  return {
    all: async () => [...jobs.values()].sort((a, b) => a.createdAt - b.createdAt),
    get: async (id) => jobs.get(id),
    put: async (job) => {
      jobs.set(job.id, job);
    },
    remove: async (id) => {
      jobs.delete(id);
    },
    close: () => undefined,
  };
}
