import { useSyncExternalStore } from 'react';
import type { FilingJob, Outbox } from '../filing';

/** The outbox's jobs, newest first, re-rendering on every change. */
export function useOutboxJobs<C extends string>(outbox: Outbox<C>): readonly FilingJob<C>[] {
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.jobs(),
  );
}

/** The job for one mail, if it was ever queued. */
export function useOutboxJob<C extends string>(
  outbox: Outbox<C>,
  itemId: string | undefined,
): FilingJob<C> | undefined {
  const jobs = useOutboxJobs(outbox);
  return itemId === undefined ? undefined : jobs.find((job) => job.itemId === itemId);
}
