import { useSyncExternalStore } from 'react';
import type { FilingJob } from '../filing';
import type { Outbox } from '../filing';

/** The outbox's jobs, newest first, re-rendering on every change. */
export function useOutboxJobs(outbox: Outbox): readonly FilingJob[] {
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.jobs(),
  );
}

/** The job for one mail, if it was ever queued. */
export function useOutboxJob(outbox: Outbox, itemId: string | undefined): FilingJob | undefined {
  const jobs = useOutboxJobs(outbox);
  return itemId === undefined ? undefined : jobs.find((job) => job.itemId === itemId);
}
