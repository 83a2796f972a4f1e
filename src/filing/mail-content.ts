import type { Assessment, Dossier, DossierId, Message } from '../core';
import { asDossierId, asSourceId, withUnreadableBody } from '../core/vocabulary';
import { recordMetadataFromAssessment, type FilingChoices } from '../core/records';
import type { GraphClient, FilingWarning, SiteIds } from '../graph';
import { hashContent, type ContentSource, fileRecord } from '../graph/records';
import { parseEml, type EmlError } from '../mime';
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
  /**
   * What the source says about the mail besides its bytes (Outlook, Graph), for a mail whose
   * MIME cannot be read: it is filed all the same, with this metadata.
   */
  readonly fallback?: () => Promise<Message>;
  readonly choices: FilingChoices;
  /** The record's file extension when the bytes are not MIME (`.msg`). */
  readonly extension?: string;
  /** What an earlier filing of this mail left undone, to repair when its record is found. */
  readonly repair?: readonly FilingWarning[];
}

/** How filing a mail's content ended; failed I/O throws instead. */
export type MailContentOutcome =
  | {
      readonly outcome: 'filed' | 'already-filed';
      readonly recordUrl: string;
      readonly dossier: DossierId;
      /** What did not work out after filing (label, audit event): the record is filed. */
      readonly warnings: readonly FilingWarning[];
      /** Why the body could not be read, when it could not: filed from its bytes and metadata. */
      readonly unreadable?: EmlError;
      /** The assessment the record's columns were written from. */
      readonly assessment: Assessment;
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
  const read = input.message === undefined ? await readMessage(input) : { message: input.message };
  const { message } = read;
  const [site, assessed, dossiers] = await Promise.all([
    dependencies.site(),
    dependencies.assess(message),
    dependencies.dossiers(),
  ]);
  const assessment =
    read.unreadable === undefined ? assessed : withUnreadableBody(assessed, read.unreadable);
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
    ...(input.extension === undefined ? {} : { extension: input.extension }),
    ...(input.repair === undefined ? {} : { repair: input.repair }),
  });
  if (result.kind === 'conflict') return { outcome: 'refused', reason: result.code };
  if (result.kind === 'already-filed-by-other') {
    const dossier = asDossierId(result.path.split('/')[0] ?? choices.dossier);
    return { outcome: 'already-filed-by-other', dossier };
  }
  const dossier = result.record.metadata?.dossier ?? choices.dossier;
  const { warnings } = result;
  const unreadable = read.unreadable === undefined ? {} : { unreadable: read.unreadable };
  return {
    outcome: result.kind,
    recordUrl: result.record.webUrl,
    dossier,
    warnings,
    assessment,
    ...unreadable,
  };
}

interface ReadMessage {
  readonly message: Message;
  readonly unreadable?: EmlError;
}

/** The message in the MIME; when it cannot be read, the source's metadata and an id from the bytes. */
async function readMessage(input: MailContentInput): Promise<ReadMessage> {
  const { content } = input;
  const parsed = await parseEml(await content.read(0, content.size));
  if (parsed.ok) return { message: parsed.message };
  const known = (await input.fallback?.()) ?? EMPTY_MAIL;
  // A mail without an id gets one from its bytes, as the MIME reader does: the same file, the same id.
  const id = known.id.trim() === '' ? asSourceId(`sha256:${await hashContent(content)}`) : known.id;
  return { message: { ...known, id, bodyText: '', attachments: [] }, unreadable: parsed.error };
}

const EMPTY_MAIL: Message = {
  kind: 'mail',
  id: asSourceId(''),
  subject: '',
  to: [],
  cc: [],
  bodyText: '',
  headers: {},
  attachments: [],
};
