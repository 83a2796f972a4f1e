import type { Dossier } from '../../core';
import type { Outbox } from '../../filing/outbox';
import type { FailureCode } from '../../texts/codes/filing-error-texts';
import type { ScanProgress, ScanResult, UnfiledMail } from '../../filing/unfiled';
import type { DismissalReason } from '../../filing/unfiled';

/** What "nog vastleggen" does outside React, built by the surface that shows it. */
export interface UnfiledServices {
  /** Reads and assesses the mail of the last `weeks` weeks, reporting each page as it comes. */
  readonly scan: (
    weeks: number,
    onPage: (found: readonly UnfiledMail[], progress: ScanProgress) => void,
    signal: AbortSignal,
  ) => Promise<ScanResult>;
  /** Marks a mail as set aside, on the mail itself. */
  readonly dismiss: (mail: UnfiledMail, reason: DismissalReason) => Promise<void>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  readonly outbox: Outbox<FailureCode>;
  /** Reports the counts of a complete scan for the records manager's coverage; may be absent. */
  readonly report?: (result: ScanResult) => Promise<void>;
}
