import { markMessageFiled } from '../graph/mail/filed-mark';
import { getMessageMimeContent } from '../graph/mail/message-mime';
import { getMessageSummary } from '../graph/mail/message-summary';
import { fileMailContent, type MailContentDependencies } from './mail-content';
import type { FileJob } from './outbox';

/** What filing a mail from the outbox needs. */
export type MailFilerDependencies = MailContentDependencies;

/**
 * Files a queued mail: its full MIME from Graph (`$value`, never a lossy copy), filed through
 * {@link fileMailContent} (a MIME that cannot be read is filed with the mailbox's metadata) and
 * marked in the mailbox with the category and the record's URL.
 * Running it again after any failure is safe: a record that exists is found, not made twice.
 */
export function createMailFiler(dependencies: MailFilerDependencies): FileJob {
  const { client } = dependencies;
  return async (job, onStage) => {
    const content = await getMessageMimeContent(client, job.itemId);
    onStage('uploading');
    const result = await fileMailContent(dependencies, {
      content,
      choices: job.choices,
      fallback: () => getMessageSummary(client, job.itemId),
      ...(job.repair === undefined ? {} : { repair: job.repair }),
    });
    if (result.outcome === 'refused') return result;
    if (result.outcome === 'already-filed-by-other')
      return { outcome: 'already-filed', recordUrl: '', dossier: result.dossier };
    onStage('metadata');
    await markMessageFiled(client, job.itemId, result.recordUrl);
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
