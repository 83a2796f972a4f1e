import type { ImmutableItemId } from '../../core';
import {
  canRetry,
  isPending,
  jobWarnings,
  type FilingJob,
  type FilingRequest,
  type JobState,
} from './filing-job';
import type { OutboxStore } from './outbox-store';
import { readAnyFailure, runJob, type FileJob, type ReadFailure } from './run-job';

/** What the outbox needs: where jobs are kept, how to file one, and the clock. */
export interface OutboxOptions {
  readonly store: OutboxStore;
  readonly file: FileJob;
  readonly readFailure?: ReadFailure;
  readonly now?: () => number;
}

/**
 * The filing outbox: every filing is a job with visible states, kept in IndexedDB so closing
 * the pane loses nothing. Jobs run one at a time (Outlook allows few concurrent requests per
 * mailbox); failures are retried with backoff and on the next start. Retrying is always safe
 * because filing is idempotent (the record system deduplicates on the source id).
 */
export class Outbox {
  private readonly jobsById = new Map<string, FilingJob>();
  private readonly listeners = new Set<() => void>();
  private readonly readFailure: ReadFailure;
  private readonly now: () => number;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private snapshot: readonly FilingJob[] | null = null;

  constructor(private readonly options: OutboxOptions) {
    this.readFailure = options.readFailure ?? readAnyFailure;
    this.now = options.now ?? Date.now;
  }

  /** Loads the kept jobs and runs what was left; jobs interrupted mid-way start again. */
  async start(): Promise<void> {
    this.stopped = false;
    for (const job of await this.options.store.all()) {
      const interrupted = job.state.kind === 'uploading' || job.state.kind === 'metadata';
      this.jobsById.set(job.id, interrupted ? this.withState(job, { kind: 'queued' }) : job);
    }
    this.notify();
    this.pump();
  }

  /**
   * Queues a mail for filing; a mail already queued or running keeps its job. A mail whose
   * last filing ended with warnings has them repaired by the new job.
   */
  async enqueue(request: FilingRequest): Promise<FilingJob> {
    const active = this.jobsById.get(request.itemId);
    if (active !== undefined && isPending(active) && active.state.kind !== 'failed') return active;
    const at = this.now();
    const repair = active === undefined ? [] : [...jobWarnings(active), ...(active.repair ?? [])];
    const job: FilingJob = {
      ...request,
      ...(repair.length === 0 ? {} : { repair: [...new Set(repair)] }),
      id: request.itemId,
      createdAt: at,
      updatedAt: at,
      attempts: 0,
      state: { kind: 'queued' },
    };
    await this.save(job);
    this.pump();
    return job;
  }

  /**
   * Runs a failed job again now, on the officer's request; or a job that filed with warnings,
   * to repair what it left undone (the retention label, the audit event).
   */
  async retry(id: string): Promise<void> {
    const job = this.jobsById.get(id);
    if (job === undefined || !canRetry(job)) return;
    const warnings = jobWarnings(job);
    const repair = warnings.length === 0 ? job : { ...job, repair: warnings };
    await this.save(this.withState(repair, { kind: 'queued' }, 0));
    this.pump();
  }

  /** Runs due retries now (when the network comes back, say). */
  wake(): void {
    for (const job of this.jobsById.values()) {
      if (job.state.kind === 'failed' && job.state.retryAt !== null) {
        const state: JobState = { kind: 'failed', reason: job.state.reason, retryAt: 0 };
        this.jobsById.set(job.id, this.withState(job, state));
      }
    }
    this.notify();
    this.pump();
  }

  /** All jobs, newest first; the same array until something changes. */
  jobs(): readonly FilingJob[] {
    this.snapshot ??= [...this.jobsById.values()].sort((a, b) => b.createdAt - a.createdAt);
    return this.snapshot;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops running and scheduling; kept jobs stay for the next start. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Resolves once no job is running. */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private pump(): void {
    if (this.running !== null || this.stopped) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      this.schedule();
    });
  }

  private async drain(): Promise<void> {
    for (let job = this.nextDue(); job !== undefined && !this.stopped; job = this.nextDue()) {
      await this.attempt(job);
    }
  }

  private nextDue(): FilingJob | undefined {
    const due = (job: FilingJob): boolean =>
      job.state.kind !== 'failed' || (job.state.retryAt ?? 0) <= this.now();
    return [...this.jobsById.values()].filter(isPending).find(due);
  }

  private async attempt(job: FilingJob): Promise<void> {
    let current = this.withState(job, { kind: 'queued' }, job.attempts + 1);
    await this.save(current);
    const update = (state: JobState): void => {
      current = this.withState(current, state);
      void this.save(current);
    };
    // The mail's immutable id, once known, stays with the job: a retry finds a moved mail.
    const keepMailId = (mailId: ImmutableItemId): void => {
      if (current.kind === 'chat') return;
      current = { ...current, mailId };
      void this.save(current);
    };
    const { file } = this.options;
    const final = await runJob(current, file, this.readFailure, update, this.now, keepMailId);
    // A finished run has repaired what it could; what is left is in its warnings.
    await this.save(
      this.withState(final.kind === 'done' ? withoutRepair(current) : current, final),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const waits = [...this.jobsById.values()].flatMap((job) =>
      job.state.kind === 'failed' && job.state.retryAt !== null ? [job.state.retryAt] : [],
    );
    if (this.stopped || waits.length === 0) return;
    this.timer = setTimeout(() => this.pump(), Math.max(0, Math.min(...waits) - this.now()));
  }

  private async save(job: FilingJob): Promise<void> {
    this.jobsById.set(job.id, job);
    this.notify();
    await this.options.store.put(job);
  }

  private withState(job: FilingJob, state: JobState, attempts = job.attempts): FilingJob {
    return { ...job, state, attempts, updatedAt: this.now() };
  }

  private notify(): void {
    this.snapshot = null;
    this.listeners.forEach((listener) => listener());
  }
}

function withoutRepair(job: FilingJob): FilingJob {
  const copy = { ...job };
  delete copy.repair;
  return copy;
}
