import PostalMime from 'postal-mime';
import { bareMessageId } from '../core/vocabulary';
import type { Message } from '../core';
import { parseEml } from './parse-eml';
import { recodeEightBitHeaders } from './header-bytes';
import { checkMimeShape, trimMessageStart } from './mime-shape';
import { toBytes, type RawEml } from './raw-bytes';

/** An attachment of a stored mail with its bytes, named as the inventory names it. */
export interface MailPart {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** A stored mail read whole: the message, its thread headers and its attachments' bytes. */
export interface MailParts {
  readonly message: Message;
  /** In-Reply-To, bare. */
  readonly inReplyTo?: string;
  /** References, bare, oldest first. */
  readonly references: readonly string[];
  readonly attachments: readonly MailPart[];
}

const ids = (value: string | undefined): string[] =>
  (value ?? '').match(/<[^<>]+>/g)?.map((id) => bareMessageId(id)) ?? [];

/**
 * Reads a stored mail for the Woo desk: the core's Message, the In-Reply-To and References that
 * chain it to other mails, and each attachment's bytes (in the order and with the names of
 * `message.attachments`). Null when the bytes are no readable mail. Browser and Node.
 */
export async function readMailParts(raw: RawEml): Promise<MailParts | null> {
  const parsed = await parseEml(raw);
  if (!parsed.ok) return null;
  const bytes = trimMessageStart(toBytes(raw));
  if (checkMimeShape(bytes) !== null) return null;
  let email;
  try {
    email = await PostalMime.parse(recodeEightBitHeaders(bytes), {
      attachmentEncoding: 'arraybuffer',
    });
  } catch {
    return null; // beyond the parser's limits: a property of the input
  }
  const header = (key: string) => email.headers.find((field) => field.key === key)?.value;
  const parts = email.attachments.filter((part) => part.related !== true);
  const attachments = parts.map((part, index) => ({
    name: parsed.message.attachments[index]?.name ?? `attachment-${index + 1}`,
    contentType: part.mimeType,
    bytes: contentBytes(part.content),
  }));
  const inReplyTo = ids(header('in-reply-to'))[0];
  return {
    message: parsed.message,
    ...(inReplyTo === undefined ? {} : { inReplyTo }),
    references: ids(header('references')),
    attachments,
  };
}

function contentBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
