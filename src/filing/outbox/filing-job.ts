import type { DossierId, RestItemId } from '../../core';
import type { FilingChoices } from '../../core/records';
import type { FilingWarning } from '../../graph/records/finish-filing';

export type { FilingChoices, FilingWarning };

/** One request to file a mail: which mail (its REST id in the mailbox) and the choices. */
export interface FilingRequest {
  /** The mail's Graph (REST) id in the officer's mailbox. */
  readonly itemId: RestItemId;
  /** Shown in the outbox so the officer recognises the job. */
  readonly subject: string;
  readonly choices: FilingChoices;
}

/** How a finished job ended: a new record, or the record a colleague or earlier try made. */
export type FilingOutcome = 'filed' | 'already-filed';

/** The state of a job, as the pane shows it. `reason` is an error code, never a sentence. */
export type JobState =
  | { readonly kind: 'queued' }
  | { readonly kind: 'uploading' }
  | { readonly kind: 'metadata' }
  | {
      readonly kind: 'done';
      readonly outcome: FilingOutcome;
      readonly recordUrl: string;
      readonly dossier: DossierId;
      /** What did not work out after the record was filed (label, audit event); absent: none. */
      readonly warnings?: readonly FilingWarning[];
      /** Why the mail's content could not be read, when it could not (filed as it is). */
      readonly unreadable?: string;
    }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly retryAt: number | null;
      /** A refusal no retry can change (the record system or the mail said no for good). */
      readonly permanent?: true;
    };

/** A filing request with its bookkeeping, as kept in the outbox. */
export interface FilingJob extends FilingRequest {
  /** One job per mail: the item id, so queueing the same mail twice replaces the job. */
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly attempts: number;
  readonly state: JobState;
  /** What an earlier run left undone on the record, for this run to repair. */
  readonly repair?: readonly FilingWarning[];
}

/** May the officer run the job again: failed and not refused for good, or filed with warnings? */
export function canRetry(job: FilingJob): boolean {
  const { state } = job;
  if (state.kind === 'failed') return state.permanent !== true;
  return jobWarnings(job).length > 0;
}

/** The warnings a finished job ended with; none for any other state. */
export function jobWarnings(job: FilingJob): readonly FilingWarning[] {
  return job.state.kind === 'done' ? (job.state.warnings ?? []) : [];
}

/** Is the job still to be (re)tried by the outbox on its own? */
export function isPending(job: FilingJob): boolean {
  const { state } = job;
  return state.kind !== 'done' && !(state.kind === 'failed' && state.retryAt === null);
}
