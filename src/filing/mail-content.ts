import type { Assessment, Dossier, DossierId, Message } from '../core';
import { asDossierId } from '../core/ids';
import { recordMetadataFromAssessment, type FilingChoices } from '../core/records';
import type { GraphClient } from '../graph/graph-client';
import type { ContentSource } from '../graph/records/content-source';
import { fileRecord } from '../graph/records/file-record';
import type { SiteIds } from '../graph/site-ids';
import { parseEml } from '../mime';
import type { RefusedResult } from './outbox';

/** What filing a mail's content needs: the record system and how to assess the mail. */
export interface MailContentDependencies {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  readonly assess: (message: Message) => Promise<Assessment>;
  /** The signed-in officer's address, recorded as "filed by". */
  readonly filedBy: string;
  readonly now?: () => Date;
}

/** One mail to file: its exact bytes, the message read from them if the caller has it. */
export interface MailContentInput {
  /** The full MIME (or the .msg file's bytes), filed exactly as given. */
  readonly content: ContentSource;
  /** The message as the caller read it (a .msg file); absent, it is read from the MIME. */
  readonly message?: Message;
  readonly choices: FilingChoices;
}

/** How filing a mail's content ended; failed I/O throws instead. */
export type MailContentOutcome =
  | {
      readonly outcome: 'filed' | 'already-filed';
      readonly recordUrl: string;
      readonly dossier: DossierId;
    }
  /** A colleague's record this officer may not open: filed, in the dossier its folder names. */
  | { readonly outcome: 'already-filed-by-other'; readonly dossier: DossierId }
  | RefusedResult;

/**
 * Files one mail from its bytes, wherever they came from (the mailbox, a .eml or .msg file):
 * read into the core's Message, assessed (the officer's choices win) and filed as a record,
 * idempotently by dedup key. Running it again after any failure is safe.
 */
export async function fileMailContent(
  dependencies: MailContentDependencies,
  input: MailContentInput,
): Promise<MailContentOutcome> {
  const message = input.message ?? (await readMessage(input.content));
  if (typeof message === 'string') return { outcome: 'refused', reason: message };
  const [site, assessment, dossiers] = await Promise.all([
    dependencies.site(),
    dependencies.assess(message),
    dependencies.dossiers(),
  ]);
  const { choices } = input;
  const metadata = recordMetadataFromAssessment({
    message,
    assessment,
    choices,
    filedBy: dependencies.filedBy,
    filedAt: (dependencies.now ?? (() => new Date()))(),
  });
  const retentionLabel = dossiers.find((dossier) => dossier.id === choices.dossier)?.retentionLabel;
  const result = await fileRecord(dependencies.client, {
    site,
    content: input.content,
    message,
    metadata,
    dossierFolder: choices.dossier,
    ...(retentionLabel === undefined ? {} : { retentionLabel }),
  });
  if (result.kind === 'conflict') return { outcome: 'refused', reason: result.code };
  if (result.kind === 'already-filed-by-other') {
    const dossier = asDossierId(result.path.split('/')[0] ?? choices.dossier);
    return { outcome: 'already-filed-by-other', dossier };
  }
  const dossier = result.record.metadata?.dossier ?? choices.dossier;
  return { outcome: result.kind, recordUrl: result.record.webUrl, dossier };
}

async function readMessage(content: ContentSource): Promise<Message | string> {
  const parsed = await parseEml(await content.read(0, content.size));
  return parsed.ok ? parsed.message : parsed.error;
}
