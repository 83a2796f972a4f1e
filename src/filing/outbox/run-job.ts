import type { DossierId, ImmutableItemId } from '../../core';
import { backoffDelay } from './backoff';
import type { FilingJob, FilingOutcome, FilingWarning, JobState } from './filing-job';

/** What a finished filing reports back. */
export interface FiledResult {
  readonly outcome: FilingOutcome;
  readonly recordUrl: string;
  readonly dossier: DossierId;
  readonly warnings?: readonly FilingWarning[];
  /** Why the mail's content could not be read, when it could not (filed as it is). */
  readonly unreadable?: string;
}

/** A filing the record system or the mail itself refused: a code, no retry on its own. */
export interface RefusedResult {
  readonly outcome: 'refused';
  readonly reason: string;
}

/** The filing stages a job reports while it runs. */
export type FilingStage = 'uploading' | 'metadata';

/**
 * Files one job: fetches the mail, files it, marks it. Throws only for failed I/O. A mail filer
 * that looked up the mail's immutable id reports it through `onMailId`, so that a retry finds
 * the mail even after it was moved.
 */
export type FileJob = (
  job: FilingJob,
  onStage: (stage: FilingStage) => void,
  onMailId?: (mailId: ImmutableItemId) => void,
) => Promise<FiledResult | RefusedResult>;

/** How a thrown error is read: its code, whether waiting helps, and how long to wait. */
export interface FailureReading {
  readonly reason: string;
  readonly transient: boolean;
  readonly retryAfterMs?: number;
  /** No retry can change it (a configuration error): the officer gets no retry button. */
  readonly permanent?: boolean;
}

/** Turns an error thrown by {@link FileJob} into a {@link FailureReading}. */
export type ReadFailure = (error: unknown) => FailureReading;

/** Treats everything as a transient network failure: safe, since filing is idempotent. */
export const readAnyFailure: ReadFailure = () => ({ reason: 'network', transient: true });

/** Jobs that fail transiently this often stop retrying on their own and wait for the officer. */
export const MAX_AUTOMATIC_ATTEMPTS = 8;

/** Runs one attempt of a job and returns the state it ends in. */
export async function runJob(
  job: FilingJob,
  file: FileJob,
  readFailure: ReadFailure,
  update: (state: JobState) => void,
  now: () => number,
  onMailId: (mailId: ImmutableItemId) => void = () => undefined,
): Promise<JobState> {
  try {
    const result = await file(job, (stage) => update({ kind: stage }), onMailId);
    if (result.outcome === 'refused')
      return { kind: 'failed', reason: result.reason, retryAt: null, permanent: true };
    const { warnings = [], ...filed } = result;
    return warnings.length === 0
      ? { kind: 'done', ...filed }
      : { kind: 'done', ...filed, warnings };
  } catch (error: unknown) {
    const reading = readFailure(error);
    const automatic = reading.transient && job.attempts < MAX_AUTOMATIC_ATTEMPTS;
    const retryAt = automatic ? now() + backoffDelay(job.attempts, reading.retryAfterMs) : null;
    const permanent = reading.permanent === true ? { permanent: true as const } : {};
    return { kind: 'failed', reason: reading.reason, retryAt, ...permanent };
  }
}
