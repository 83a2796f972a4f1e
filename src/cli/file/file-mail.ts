import type { Message } from '../../core';
import type { MailContentOutcome } from '../../filing';
import type { BacklogInput } from './backlog-input';
import type { BacklogOutcome, BacklogResult } from './backlog-outcome';
import type { RecordSystem } from './open-record-system';
import { placeMail, UNSORTED_DOSSIER, type PlacementOptions } from './placement';
import { readMail } from './read-mail';
import type { ReadMail } from './read-mail-outcome';

/** What filing one backlog mail needs: the record system and what was asked for. */
export interface BacklogFiling {
  readonly system: RecordSystem;
  readonly placement: PlacementOptions;
  readonly dryRun: boolean;
  /** The largest mail read, in bytes. */
  readonly maxMailBytes: number;
}

/**
 * Reads, assesses, places and files one input through the filing layer the pane uses. Running
 * it again for the same input is safe: filing is idempotent by dedup key, and a file an earlier
 * run left half-done is completed. Throws only for failed I/O with the record system.
 */
export async function fileBacklogInput(
  input: BacklogInput,
  filing: BacklogFiling,
): Promise<BacklogResult> {
  const read = await readMail(input, filing.maxMailBytes);
  if (!read.ok) return { source: input.source, outcome: { kind: 'failed', reason: read.error } };
  const { message, content, extension } = read.mail;
  if (read.mail.unreadable !== undefined) return fileUnreadable(input, read.mail, filing);
  const described = { source: input.source, subject: message.subject, messageId: message.id };
  const assessment = assessSafely(message, filing.system);
  if (assessment === null) {
    return { ...described, outcome: { kind: 'failed', reason: 'assessment-failed' } };
  }
  const placement = placeMail(assessment, filing.placement);
  if (placement.kind === 'skip') {
    return { ...described, outcome: { kind: 'skipped', reason: placement.why } };
  }
  const { dossier } = placement;
  const unsorted = placement.kind === 'unsorted';
  if (filing.dryRun) return { ...described, outcome: { kind: 'would-file', dossier, unsorted } };
  const filed = await filing.system.services.fileContent({
    content,
    message,
    choices: { dossier },
    ...(extension === undefined ? {} : { extension }),
  });
  return { ...described, outcome: outcomeOf(filed, unsorted) };
}

/**
 * A mail the reader cannot read is filed as its exact bytes, into the given dossier or else the
 * unsorted folder, whatever its relevance (which nobody can judge from its text): the records
 * manager finds it in review, its assessment saying first that the body could not be read.
 */
async function fileUnreadable(
  input: BacklogInput,
  mail: ReadMail,
  filing: BacklogFiling,
): Promise<BacklogResult> {
  const described = { source: input.source, subject: mail.message.subject };
  const dossier = filing.placement.dossier?.id ?? UNSORTED_DOSSIER;
  const unsorted = filing.placement.dossier === undefined;
  if (filing.dryRun) return { ...described, outcome: { kind: 'would-file', dossier, unsorted } };
  const filed = await filing.system.services.fileContent({
    content: mail.content,
    fallback: () => Promise.resolve(mail.message),
    choices: { dossier },
  });
  return { ...described, outcome: outcomeOf(filed, unsorted) };
}

function outcomeOf(filed: MailContentOutcome, unsorted: boolean): BacklogOutcome {
  switch (filed.outcome) {
    case 'filed':
      return {
        kind: 'filed',
        dossier: filed.dossier,
        unsorted,
        webUrl: filed.recordUrl,
        warnings: filed.warnings,
        ...(filed.unreadable === undefined ? {} : { unreadable: filed.unreadable }),
      };
    case 'already-filed':
      return { kind: 'already-filed', dossier: filed.dossier, webUrl: filed.recordUrl };
    case 'already-filed-by-other':
      return { kind: 'already-filed', dossier: filed.dossier };
    case 'refused':
      return {
        kind: 'failed',
        reason: filed.reason === 'content-differs' ? 'content-differs' : 'record-refused',
      };
  }
}

function assessSafely(message: Message, system: RecordSystem) {
  try {
    return system.assess(message);
  } catch {
    // A bug in the assessment of one mail must not cost the records manager the rest of the backlog.
    return null;
  }
}
