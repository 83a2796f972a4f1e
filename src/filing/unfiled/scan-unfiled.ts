import type { Message, Triage } from '../../core';
import type { GraphClient } from '../../graph';
import { readMailPages, type MailboxMail, type MailFolderName } from '../../graph/mail';
import { CoverageTally, type WeekCoverage } from './coverage-tally';
import { forEachReadAhead } from './read-ahead';
import { inTimeSlices, pauseForHost } from './time-slices';
import type { UnfiledMail } from './unfiled-mail';

/** What to read: the officer's own mailbox and the shared mailboxes she works in. */
export interface ScanOptions {
  readonly client: GraphClient;
  /** Shared mailboxes (addresses) besides the officer's own. */
  readonly sharedMailboxes: readonly string[];
  readonly since: Date;
  /**
   * Loads what the assessment needs, once, and gives the triage of one message (the core's
   * `triageMessage` with the organisation's model and dossiers). Loads while the first pages
   * are read.
   */
  readonly prepareTriage: () => Promise<(message: Message) => Triage>;
  /**
   * Called as the reading goes on: after every slice of a page with the open mail it found
   * (may be empty), and when a folder is read to the end; always with the progress.
   */
  readonly onPage: (found: readonly UnfiledMail[], progress: ScanProgress) => void;
  readonly signal?: AbortSignal;
  /** Messages per request; {@link PAGE_SIZE} when left out. */
  readonly pageSize?: number;
  /** Gives the host its turn between slices of assessment; a zero timeout when left out. */
  readonly pause?: () => Promise<void>;
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
 * Messages per request. Graph takes 1 to 1,000 and advises tuning `$select` and `$top` together,
 * since large pages of full messages may time out (HTTP 504):
 * https://learn.microsoft.com/graph/api/user-list-messages#optional-query-parameters and
 * https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits. With only what the
 * assessment needs and the text body, 500 keeps a 5,000-mail period to a dozen requests.
 */
export const PAGE_SIZE = 500;

/**
 * Reads the inbox and sent items of the officer's mailbox and of each shared mailbox since a
 * moment, page by page, and triages each mail on the device that is neither filed nor set
 * aside. The folders are read side by side, each one request at a time (two requests per
 * mailbox at most, under Outlook's four); the next page of a folder is read while this one is
 * assessed, in slices that give the browser its turn and report their finds at once, so the list
 * fills while the rest loads. A mail in two mailboxes (its Message-ID seen before) counts once.
 */
export async function scanUnfiled(options: ScanOptions): Promise<ScanResult> {
  const mailboxes: (string | undefined)[] = [undefined, ...options.sharedMailboxes];
  const sources = mailboxes.flatMap((mailbox) => FOLDERS.map((folder) => ({ mailbox, folder })));
  const triaging = options.prepareTriage();
  // Awaited by the first page; a failure before then is not an unhandled rejection.
  triaging.catch(() => undefined);
  const pause = options.pause ?? pauseForHost;
  const tally = new CoverageTally();
  const seen = new Set<string>();
  let read = 0;
  let foldersDone = 0;
  const progress = (): ScanProgress => ({ read, foldersDone, folders: sources.length });
  const readSource = async (source: (typeof sources)[number]): Promise<void> => {
    const pages = readMailPages(options.client, {
      folder: source.folder,
      since: options.since,
      pageSize: options.pageSize ?? PAGE_SIZE,
      ...(source.mailbox === undefined ? {} : { mailbox: source.mailbox }),
    });
    await forEachReadAhead(pages, async (page) => {
      options.signal?.throwIfAborted();
      const triage = await triaging;
      let found: UnfiledMail[] = [];
      const each = (mail: MailboxMail): void => {
        read += 1;
        if (!firstSight(seen, mail)) return;
        const open = openEntry(mail, triage);
        tally.add(receivedOf(mail), mail.mark, open !== null, mail.mailbox);
        if (open !== null) found.push(open);
      };
      const report = (): void => {
        options.onPage(found, progress());
        found = [];
      };
      await inTimeSlices(page, each, report, async () => {
        await pause();
        options.signal?.throwIfAborted();
      });
    });
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

/** The mail as an open entry when it is unmarked and triaged policy-relevant; else null. */
function openEntry(mail: MailboxMail, triage: (message: Message) => Triage): UnfiledMail | null {
  if (mail.mark.kind !== 'open') return null;
  const assessment = triage(mail.message);
  if (assessment.kind === 'not-relevant') return null;
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
