import type { DossierId, ImmutableItemId, RestItemId } from '../../core';
import type { FilingChoices } from '../../core/records';
import type { EmlError } from '../../mime';
import type { ChatFilingTarget } from './chat-filing-target';
import type { FilingWarning } from '../../graph';
import type { FilingErrorCode } from '../filing-error';

export type { FilingChoices, FilingWarning };

/** One request to file a mail: which mail (its REST id in the mailbox) and the choices. */
export interface MailFilingRequest {
  readonly kind?: 'mail';
  /**
   * The mail's REST id as the surface knew it (from `convertToRestId`, or an immutable id from
   * Graph): the job's key. A mutable REST id stops naming the mail once it moves folder.
   */
  readonly itemId: RestItemId;
  /**
   * The mail's immutable id, which survives a move (a rule filing it into a folder). Given when
   * the surface had it; otherwise the filer looks it up on the first run and the job keeps it.
   */
  readonly mailId?: ImmutableItemId;
  /** The mailbox the mail is in when it is not the officer's own (a shared mailbox's address). */
  readonly mailbox?: string;
  /** Shown in the outbox so the officer recognises the job. */
  readonly subject: string;
  readonly choices: FilingChoices;
}

/** One request to file a Teams decision with the messages that explain it. */
export interface ChatFilingRequest {
  readonly kind: 'chat';
  /** The decision's dedup key (`chat:<chat>/<message>`): one job per decision. */
  readonly itemId: string;
  readonly subject: string;
  readonly choices: FilingChoices;
  readonly chat: ChatFilingTarget;
}

/** A mail or a chat decision to file. */
export type FilingRequest = MailFilingRequest | ChatFilingRequest;

/** How a finished job ended: a new record, or the record a colleague or earlier try made. */
export type FilingOutcome = 'filed' | 'already-filed';

/**
 * The state of a job, as the pane shows it. `reason` is one of the codes `C` (the filing's own,
 * and those the surface reads, such as sign-in), never a sentence.
 */
export type JobState<C extends string = FilingErrorCode> =
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
      readonly unreadable?: EmlError;
    }
  | {
      readonly kind: 'failed';
      readonly reason: C;
      readonly retryAt: number | null;
      /** A refusal no retry can change (the record system or the mail said no for good). */
      readonly permanent?: true;
    };

/** A filing request with its bookkeeping, as kept in the outbox. */
export type FilingJob<C extends string = FilingErrorCode> = FilingRequest & {
  /** One job per mail: the item id, so queueing the same mail twice replaces the job. */
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly attempts: number;
  readonly state: JobState<C>;
  /** What an earlier run left undone on the record, for this run to repair. */
  readonly repair?: readonly FilingWarning[];
};

/** May the officer run the job again: failed and not refused for good, or filed with warnings? */
export function canRetry<C extends string>(job: FilingJob<C>): boolean {
  const { state } = job;
  if (state.kind === 'failed') return state.permanent !== true;
  return jobWarnings(job).length > 0;
}

/** The warnings a finished job ended with; none for any other state. */
export function jobWarnings<C extends string>(job: FilingJob<C>): readonly FilingWarning[] {
  return job.state.kind === 'done' ? (job.state.warnings ?? []) : [];
}

/** Is the job still to be (re)tried by the outbox on its own? */
export function isPending<C extends string>(job: FilingJob<C>): boolean {
  const { state } = job;
  return state.kind !== 'done' && !(state.kind === 'failed' && state.retryAt === null);
}
