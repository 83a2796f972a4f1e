import type { Assessment, Dossier, Message } from '../../core';
import { asDossierId } from '../../core/ids';
import { recordMetadataFromAssessment } from '../../core/records';
import type { GraphClient } from '../../graph/graph-client';
import { markMessageFiled } from '../../graph/mail/filed-mark';
import { getMessageMimeContent } from '../../graph/mail/message-mime';
import { fileRecord } from '../../graph/records/file-record';
import type { SiteIds } from '../../graph/site-ids';
import { parseEml } from '../../mime';
import type { FileJob } from '../outbox';

/** What filing a mail from the outbox needs. */
export interface MailFilerDependencies {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  readonly assess: (message: Message) => Promise<Assessment>;
  /** The signed-in officer's address, recorded as "filed by". */
  readonly filedBy: string;
  readonly now?: () => Date;
}

/**
 * Files a queued mail: its full MIME from Graph (`$value`, never a lossy copy), read into the
 * core's Message and assessed again (the officer's choices win), filed as a record (idempotent
 * by dedup key) and marked in the mailbox with the category and the record's URL. Running it
 * again after any failure is safe: a record that exists is found, not made twice.
 */
export function createMailFiler(dependencies: MailFilerDependencies): FileJob {
  const { client } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  return async (job, onStage) => {
    const content = await getMessageMimeContent(client, job.itemId);
    const bytes = await content.read(0, content.size);
    const parsed = await parseEml(bytes);
    if (!parsed.ok) return { outcome: 'refused', reason: parsed.error };
    const { message } = parsed;
    const [site, assessment, dossiers] = await Promise.all([
      dependencies.site(),
      dependencies.assess(message),
      dependencies.dossiers(),
    ]);
    const { choices } = job;
    const filedAt = now();
    const metadata = recordMetadataFromAssessment({
      message,
      assessment,
      choices,
      filedBy: dependencies.filedBy,
      filedAt,
    });
    const retentionLabel = dossiers.find(
      (dossier) => dossier.id === choices.dossier,
    )?.retentionLabel;
    onStage('uploading');
    const result = await fileRecord(client, {
      site,
      content,
      message,
      metadata,
      dossierFolder: choices.dossier,
      ...(retentionLabel === undefined ? {} : { retentionLabel }),
    });
    if (result.kind === 'conflict') return { outcome: 'refused', reason: result.code };
    if (result.kind === 'already-filed-by-other') {
      // A colleague's record this officer may not open: filed, in the dossier its folder names.
      const dossier = asDossierId(result.path.split('/')[0] ?? choices.dossier);
      return { outcome: 'already-filed', recordUrl: '', dossier };
    }
    onStage('metadata');
    await markMessageFiled(client, job.itemId, result.record.webUrl);
    const dossier = result.record.metadata?.dossier ?? choices.dossier;
    return { outcome: result.kind, recordUrl: result.record.webUrl, dossier };
  };
}
