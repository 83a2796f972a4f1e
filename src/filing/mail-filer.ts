import type { ImmutableItemId } from '../core';
import {
  markMessageFiled,
  toImmutableIds,
  type MailboxOptions,
  getMessageMimeContent,
  getMessageSummary,
} from '../graph/mail';
import { fileMailContent, type MailContentDependencies } from './mail-content';
import type { FilingErrorCode } from './filing-error';
import type { FileJob, MailFilingRequest } from './outbox';

/** What filing a mail from the outbox needs. */
export type MailFilerDependencies = MailContentDependencies;

/**
 * Files a queued mail: its full MIME from Graph (`$value`, never a lossy copy), filed through
 * {@link fileMailContent} (a MIME that cannot be read is filed with the mailbox's metadata) and
 * marked in the mailbox with the category and the record's URL. Every mail call names the mail
 * by its immutable id, in its own mailbox or the shared mailbox it is in: a mail a rule moved to
 * another folder since it was queued is still found. A job without that id gets it first
 * (one request) and keeps it. Running it again after any failure is safe: a record that exists
 * is found, not made twice.
 */
export function createMailFiler<C extends string = never>(
  dependencies: MailFilerDependencies,
): FileJob<FilingErrorCode | C> {
  const { client } = dependencies;
  return async (job, onStage, onMailId) => {
    if (job.kind === 'chat') return { outcome: 'refused', reason: 'not-a-mail' };
    const mailbox: MailboxOptions = job.mailbox === undefined ? {} : { mailbox: job.mailbox };
    const mailId = job.mailId ?? (await lookUpMailId(dependencies, job, mailbox));
    if (mailId === undefined) return { outcome: 'refused', reason: 'mail-not-found' };
    if (job.mailId === undefined) onMailId?.(mailId);
    const content = await getMessageMimeContent(client, mailId, mailbox);
    onStage('uploading');
    const result = await fileMailContent(dependencies, {
      content,
      choices: job.choices,
      fallback: () => getMessageSummary(client, mailId, mailbox),
      ...(job.repair === undefined ? {} : { repair: job.repair }),
    });
    if (result.outcome === 'refused') return result;
    if (result.outcome === 'already-filed-by-other')
      return { outcome: 'already-filed', recordUrl: '', dossier: result.dossier };
    onStage('metadata');
    await markMessageFiled(client, mailId, result.recordUrl, mailbox);
    const { outcome, recordUrl, dossier, warnings, unreadable } = result;
    return {
      outcome,
      recordUrl,
      dossier,
      warnings,
      ...(unreadable === undefined ? {} : { unreadable }),
    };
  };
}

/** The immutable id of a mail the job knows by its REST id (from Office.js). */
async function lookUpMailId(
  { client }: MailFilerDependencies,
  job: MailFilingRequest,
  mailbox: MailboxOptions,
): Promise<ImmutableItemId | undefined> {
  return (await toImmutableIds(client, [job.itemId], mailbox)).get(job.itemId);
}
