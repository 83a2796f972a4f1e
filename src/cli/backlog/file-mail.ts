import type { AssessmentContext, Dossier, Message } from '../../core';
import { assessMessage } from '../../core';
import { recordMetadataFromAssessment } from '../../core/records';
import type { GraphClient } from '../../graph/graph-client';
import { fileRecord, type UploadOptions } from '../../graph/records/file-record';
import type { SiteIds } from '../../graph/site-ids';
import type { BacklogInput } from './backlog-input';
import type { BacklogOutcome, BacklogResult } from './backlog-outcome';
import { placeMail, type Placement, type PlacementOptions } from './placement';
import { readMail, type ReadMail, type ReadMsg } from './read-mail';

/** What filing one backlog mail needs: the record system, the assessment context, the choices. */
export interface BacklogFiling {
  readonly client: GraphClient;
  readonly site: SiteIds;
  readonly context: AssessmentContext;
  readonly dossiers: readonly Dossier[];
  readonly placement: PlacementOptions;
  readonly dryRun: boolean;
  readonly filedBy: string;
  readonly readMsg: ReadMsg;
  readonly now?: () => Date;
  readonly upload?: UploadOptions;
}

/**
 * Reads, assesses, places and files one input. Running it again for the same input is safe:
 * filing is idempotent by dedup key, and a file an earlier run left half-done is completed.
 * Throws only for failed I/O with the record system (the caller retries).
 */
export async function fileBacklogInput(
  input: BacklogInput,
  filing: BacklogFiling,
): Promise<BacklogResult> {
  const read = await readMail(input, filing.readMsg);
  if (!read.ok) return { source: input.source, outcome: { kind: 'failed', reason: read.error } };
  const { message } = read.mail;
  const described = { source: input.source, subject: message.subject, messageId: message.id };
  const assessed = assessSafely(message, filing.context);
  if (assessed === null) {
    return { ...described, outcome: { kind: 'failed', reason: 'assessment-failed' } };
  }
  const placement = placeMail(assessed, filing.placement);
  if (placement.kind === 'skip') {
    return { ...described, outcome: { kind: 'skipped', reason: placement.why } };
  }
  const unsorted = placement.kind === 'unsorted';
  if (filing.dryRun) {
    return { ...described, outcome: { kind: 'would-file', dossier: placement.dossier, unsorted } };
  }
  return { ...described, outcome: await fileMail(read.mail, assessed, placement, filing) };
}

async function fileMail(
  mail: ReadMail,
  assessment: ReturnType<typeof assessMessage>,
  placement: Exclude<Placement, { kind: 'skip' }>,
  filing: BacklogFiling,
): Promise<BacklogOutcome> {
  const { dossier } = placement;
  const metadata = recordMetadataFromAssessment({
    message: mail.message,
    assessment,
    choices: { dossier },
    filedBy: filing.filedBy,
    filedAt: (filing.now ?? (() => new Date()))(),
  });
  const retentionLabel = filing.dossiers.find((entry) => entry.id === dossier)?.retentionLabel;
  const result = await fileRecord(filing.client, {
    site: filing.site,
    content: mail.content,
    message: mail.message,
    metadata,
    dossierFolder: dossier,
    ...(retentionLabel === undefined ? {} : { retentionLabel }),
    ...(filing.upload === undefined ? {} : { upload: filing.upload }),
  });
  switch (result.kind) {
    case 'filed':
      return {
        kind: 'filed',
        dossier,
        unsorted: placement.kind === 'unsorted',
        webUrl: result.record.webUrl,
        warnings: result.warnings,
      };
    case 'already-filed': {
      const filedIn = result.record.metadata?.dossier;
      return {
        kind: 'already-filed',
        ...(filedIn === undefined ? {} : { dossier: filedIn }),
        webUrl: result.record.webUrl,
      };
    }
    case 'already-filed-by-other':
      return { kind: 'already-filed' };
    case 'conflict':
      return { kind: 'failed', reason: result.code };
  }
}

function assessSafely(message: Message, context: AssessmentContext) {
  try {
    return assessMessage(message, context);
  } catch {
    // A bug in the assessment of one mail must not cost the records manager the rest of the backlog.
    return null;
  }
}
