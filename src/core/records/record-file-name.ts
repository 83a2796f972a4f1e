import type { Message } from '../message';
import { dedupKey } from './dedup-key';
import { sha256Hex } from './sha256-hash';

/** SharePoint Online limits the decoded path of a file to 400 characters. */
export const MAX_SHAREPOINT_PATH = 400;

/** Options for {@link recordFileName}. */
export interface RecordFileNameOptions {
  /** The folder (relative to the library root) the file goes in, counted in the path length. */
  readonly folderPath?: string;
  /** Room to keep for the site and library part of the path (`/sites/x/Records/`). */
  readonly reservedPathLength?: number;
  /** The content's SHA-256 when a record with the same source id holds other content. */
  readonly variantOf?: string;
  /** The file's extension when the content is not the usual one (`.msg` for an Outlook file). */
  readonly extension?: string;
}

const FORBIDDEN = /["*:<>?/\\|#%\p{Cc}]/gu;
// Format characters are invisible: the bidirectional controls (U+200E/F, U+202A-E, U+2066-9,
// U+061C) that make `gpj.exe` display as `exe.jpg`, zero-width characters and the byte order
// mark. SharePoint refuses a name that holds them; they go, and the column keeps the text.
const INVISIBLE = /\p{Cf}/gu;
// Unpaired surrogates and the noncharacters U+FFFE/U+FFFF cannot be stored as a name either.
const UNSTORABLE = /[\uFFFE\uFFFF]|\p{Cs}/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|desktop\.ini|\.lock)$/i;

/**
 * The file name a message is filed under: `2024-03-05 1532 - sender - subject - 1a2b3c4d.eml`,
 * dated in Europe/Amsterdam
 * (`.html` for a chat message, its JSON source beside it with {@link chatSourceFileName}).
 *
 * Deterministic, so a retry targets the same name and an earlier half-done filing shows up as
 * a 409 on that path. The last part comes from the SHA-256 of the dedup key, not of the content:
 * two mails with the same date, sender and subject never collide, and the same mail read twice
 * (Office.js or Graph `$value`, bytes may differ) still gets the same name. Characters SharePoint
 * forbids, leading/trailing spaces and dots and reserved names are replaced, and invisible format
 * characters (bidirectional controls, zero-width characters) are dropped; the subject is
 * shortened so the whole path stays within 400 characters. A second record for the same source
 * id (other content) gets the start of its content's SHA-256 after the hash: another path.
 */
export function recordFileName(message: Message, options: RecordFileNameOptions = {}): string {
  const extension = options.extension ?? (message.kind === 'mail' ? '.eml' : '.html');
  const date = formatDate(message.sent ?? message.received);
  const sender = cleanPart(message.from?.name ?? message.from?.address ?? 'onbekend', 60);
  const variant = options.variantOf === undefined ? '' : `-${options.variantOf.slice(0, 8)}`;
  const hash = `${sha256Hex(dedupKey(message)).slice(0, 8)}${variant}`;
  const fixed = `${date} - ${sender} -  - ${hash}${extension}`;
  const folder = options.folderPath === undefined ? 0 : options.folderPath.length + 1;
  const room = MAX_SHAREPOINT_PATH - (options.reservedPathLength ?? 80) - folder - fixed.length;
  const subject = cleanPart(message.subject, Math.max(0, Math.min(room, 120))) || 'geen onderwerp';
  return `${date} - ${sender} - ${subject} - ${hash}${extension}`;
}

/** The name of a chat record's JSON source, beside its HTML rendering. */
export function chatSourceFileName(htmlName: string): string {
  return htmlName.replace(/\.html$/, '') + '.json';
}

/** Replaces what SharePoint forbids and trims to `max` characters without trailing dots/spaces. */
export function cleanPart(text: string, max: number): string {
  const cleaned = text
    .replace(INVISIBLE, '')
    .replace(UNSTORABLE, '_')
    .replace(FORBIDDEN, '_')
    .replace(/_vti_/gi, '_vti-')
    .replace(/^~\$/, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = cleaned
    .slice(0, max)
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  return RESERVED.test(cut) ? `_${cut}` : cut;
}

// One time zone for names and dates: the Netherlands', as the inventory's Datum and the record's
// columns are read there (a mail sent at 00:30 CET is that day's, in its name too).
const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function formatDate(date: Date | undefined): string {
  if (date === undefined || Number.isNaN(date.getTime())) return '0000-00-00 0000';
  const parts = AMSTERDAM.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}${part('minute')}`;
}
