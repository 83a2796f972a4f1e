import type { DossierId } from '../../core';
import type { GraphCallErrorKind, FilingWarning } from '../../graph';
import type { EmlError } from '../../mime';
import type { BacklogInputError } from './backlog-input';

/** Why one input was not filed: its own problem, the record system refusing, or failed I/O. */
export type BacklogFailure =
  | BacklogInputError
  | EmlError
  | 'content-differs'
  | 'record-refused'
  | 'assessment-failed'
  | `graph-${GraphCallErrorKind}`;

/** How one input of a backlog run ended. */
export type BacklogOutcome =
  | {
      readonly kind: 'filed';
      readonly dossier: DossierId;
      readonly unsorted: boolean;
      readonly webUrl: string;
      /** What did not work out after filing (retention label, audit event): the record is filed. */
      readonly warnings: readonly FilingWarning[];
      /** Why the mail could not be read, when it could not: filed as its exact bytes all the same. */
      readonly unreadable?: EmlError;
    }
  | { readonly kind: 'already-filed'; readonly dossier?: DossierId; readonly webUrl?: string }
  | { readonly kind: 'would-file'; readonly dossier: DossierId; readonly unsorted: boolean }
  | { readonly kind: 'skipped'; readonly reason: 'not-relevant' }
  | { readonly kind: 'failed'; readonly reason: BacklogFailure };

/** One input with how it ended, as the summary and `--report` see it. */
export interface BacklogResult {
  readonly source: string;
  readonly subject?: string;
  readonly messageId?: string;
  readonly outcome: BacklogOutcome;
}
