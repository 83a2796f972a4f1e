import PostalMime, { type Email } from 'postal-mime';
import { asSourceId, type SourceId, bareMessageId } from '../core/vocabulary';
import type { Message } from '../core';
import { recodeEightBitHeaders } from './header-bytes';
import { messageFromEmail } from './mail-message';
import { checkMimeShape, trimMessageStart, type MimeShapeError } from './mime-shape';
import { sha256Hex } from '../core/records';
import { toBytes, type RawEml } from './raw-bytes';
import type { UnreadField } from './unread-field';

/**
 * Why raw input could not be read as a mail: nothing there (`empty-input`), a binary file
 * (`binary-content`), text without a mail header block (`not-a-mime-message`), or MIME structure
 * the parser gave up on, such as nesting or headers beyond its limits (`unreadable-mime`).
 */
export type EmlError = MimeShapeError | 'unreadable-mime';

/** The outcome of reading an .eml: the message with the headers it could not read, or why not. */
export type EmlResult =
  | { readonly ok: true; readonly message: Message; readonly unread: readonly UnreadField[] }
  | { readonly ok: false; readonly error: EmlError };

/**
 * Reads a raw RFC 822 message (an .eml file, Office's `getAsFileAsync` output decoded, Graph's
 * `$value`) into the core's `Message`. Runs in the browser and in Node. The id is the
 * Message-ID without its angle brackets; a mail without one gets `sha256:<hex of the raw bytes>`,
 * so the same file always gets the same id.
 */
export async function parseEml(raw: RawEml): Promise<EmlResult> {
  const bytes = toBytes(raw);
  const message = trimMessageStart(bytes);
  const shape = checkMimeShape(message);
  if (shape !== null) return { ok: false, error: shape };
  const email = await parseMime(recodeEightBitHeaders(message));
  if (email === undefined) return { ok: false, error: 'unreadable-mime' };
  const read = messageFromEmail(email, await sourceIdOf(email.messageId, bytes));
  return { ok: true, message: read, unread: unreadHeaders(email, read) };
}

/** A Date header that names no real date (`Fri, 29 Feb 2023`, OCR junk) is kept as its text. */
function unreadHeaders(email: Email, message: Message): UnreadField[] {
  const date = email.headers.find((header) => header.key === 'date')?.value.trim();
  if (date === undefined || date === '' || message.sent !== undefined) return [];
  return [{ code: 'invalid-date', text: date }];
}

async function parseMime(bytes: Uint8Array): Promise<Email | undefined> {
  try {
    return await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch {
    return undefined; // the parser rejects input beyond its limits: a property of the input
  }
}

async function sourceIdOf(messageId: string | undefined, bytes: Uint8Array): Promise<SourceId> {
  const bare = bareMessageId(messageId ?? '');
  return asSourceId(bare === '' ? `sha256:${sha256Hex(bytes)}` : bare);
}
