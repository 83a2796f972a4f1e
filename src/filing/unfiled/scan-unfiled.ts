import type { Assessment, Message } from '../../core';
import type { GraphClient } from '../../graph/graph-client';
import { readMailPages } from '../../graph/mail/mail-pages';
import type { MailboxMail, MailFolderName } from '../../graph/mail/mailbox-mail';
import { CoverageTally, type WeekCoverage } from './coverage-tally';
import type { UnfiledMail } from './unfiled-mail';

/** What to read: the officer's own mailbox and the shared mailboxes she works in. */
export interface ScanOptions {
  readonly client: GraphClient;
  /** Shared mailboxes (addresses) besides the officer's own. */
  readonly sharedMailboxes: readonly string[];
  readonly since: Date;
  readonly assess: (message: Message) => Promise<Assessment>;
  /** Called after every page with the open mail it found (may be empty) and the progress. */
  readonly onPage: (found: readonly UnfiledMail[], progress: ScanProgress) => void;
  readonly signal?: AbortSignal;
  readonly pageSize?: number;
}

/** How far the reading is. */
export interface ScanProgress {
  /** Mails read so far, in all folders. */
  readonly read: number;
  /** Folders (of all mailboxes) read to the end, of how many. */
  readonly foldersDone: number;
  readonly folders: number;
}

/** The outcome of a whole scan: the counts per week for the coverage report. */
export interface ScanResult {
  readonly read: number;
  readonly coverage: readonly WeekCoverage[];
}

const FOLDERS: readonly MailFolderName[] = ['inbox', 'sentitems'];

/**
 * Reads the inbox and sent items of the officer's mailbox and of each shared mailbox since a
 * moment, page by page, and assesses each mail on the device that is neither filed nor set
 * aside. Every page reports what it found at once, so the list fills while the rest loads. The
 * folders are read side by side, each one page at a time: two requests per mailbox at most,
 * under Outlook's four. A mail in two mailboxes (its Message-ID seen before) counts once.
 */
export async function scanUnfiled(options: ScanOptions): Promise<ScanResult> {
  const mailboxes: (string | undefined)[] = [undefined, ...options.sharedMailboxes];
  const sources = mailboxes.flatMap((mailbox) => FOLDERS.map((folder) => ({ mailbox, folder })));
  const tally = new CoverageTally();
  const seen = new Set<string>();
  let read = 0;
  let foldersDone = 0;
  const progress = (): ScanProgress => ({ read, foldersDone, folders: sources.length });
  const readSource = async (source: (typeof sources)[number]): Promise<void> => {
    const pages = readMailPages(options.client, {
      folder: source.folder,
      since: options.since,
      ...(source.mailbox === undefined ? {} : { mailbox: source.mailbox }),
      ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    });
    for await (const page of pages) {
      options.signal?.throwIfAborted();
      const found: UnfiledMail[] = [];
      for (const mail of page) {
        read += 1;
        if (!firstSight(seen, mail)) continue;
        const open = await assessOpen(mail, options.assess);
        tally.add(receivedOf(mail), mail.mark, open !== null, mail.mailbox);
        if (open !== null) found.push(open);
      }
      options.onPage(found, progress());
    }
    foldersDone += 1;
    options.onPage([], progress());
  };
  await Promise.all(sources.map(readSource));
  return { read, coverage: tally.weeks() };
}

function firstSight(seen: Set<string>, mail: MailboxMail): boolean {
  const key = mail.message.id === '' ? `id:${mail.id}` : mail.message.id;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function receivedOf(mail: MailboxMail): Date {
  return mail.message.received ?? mail.message.sent ?? new Date(0);
}

/** The mail as an open entry when it is unmarked and assessed policy-relevant; else null. */
async function assessOpen(
  mail: MailboxMail,
  assess: (message: Message) => Promise<Assessment>,
): Promise<UnfiledMail | null> {
  if (mail.mark.kind !== 'open') return null;
  const assessment = await assess(mail.message);
  if (!assessment.relevance.relevant) return null;
  const dossiers = assessment.dossiers;
  const top = dossiers.kind === 'suggested' ? dossiers.suggestions[0] : undefined;
  const { message } = mail;
  return {
    id: mail.id,
    ...(mail.mailbox === undefined ? {} : { mailbox: mail.mailbox }),
    folder: mail.folder,
    sourceId: message.id,
    subject: message.subject,
    ...(message.from === undefined ? {} : { from: message.from }),
    received: receivedOf(mail),
    dossier: top?.dossier ?? null,
    score: assessment.relevance.score,
  };
}
