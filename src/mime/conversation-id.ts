import { asConversationId, type ConversationId } from '../core/vocabulary';

/** The headers a conversation is recognised by, as they came in (undefined when absent). */
export interface ThreadHeaders {
  readonly references?: string | undefined;
  readonly inReplyTo?: string | undefined;
  readonly threadIndex?: string | undefined;
  /** The mail's own Message-ID (bare or in angle brackets), where it has one. */
  readonly messageId?: string | undefined;
  readonly subject: string;
}

const MESSAGE_ID = /<([^<>\s]+)>/;
/** Reply and forward prefixes of Dutch, English and German clients, any number of them. */
const REPLY_PREFIX = /^\s*((re|aw|antw|antwoord|fw|fwd|wg|doorst|tr)(\[\d+\])?\s*:\s*)+/i;
/** The first 22 bytes of a Thread-Index identify the conversation; each reply adds 5. */
const THREAD_INDEX_ROOT_BYTES = 22;

/**
 * The conversation a mail belongs to, the same for an original and its replies as far as its
 * headers allow: the first id in References (the thread's root), else In-Reply-To; a mail that
 * replies to nothing is the root of its own thread, keyed by its own Message-ID, the id its
 * replies name first. Without any of those: the root part of Outlook's Thread-Index, else the
 * subject without reply prefixes. Undefined when none is there.
 */
export function conversationIdOf(thread: ThreadHeaders): ConversationId | undefined {
  const root =
    firstMessageId(thread.references) ??
    firstMessageId(thread.inReplyTo) ??
    ownMessageId(thread.messageId);
  if (root !== undefined) return asConversationId(root);
  const index = threadIndexRoot(thread.threadIndex);
  if (index !== undefined) return asConversationId(`thread-index:${index}`);
  const subject = normaliseSubject(thread.subject);
  return subject === '' ? undefined : asConversationId(`subject:${subject}`);
}

/** The subject without `Re:`/`Antw:`/`Fwd:`/`Doorst:` prefixes, lower-case, single spaces. */
export function normaliseSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function firstMessageId(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  return MESSAGE_ID.exec(header)?.[1];
}

function ownMessageId(messageId: string | undefined): string | undefined {
  const bare = (messageId ?? '').trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return bare === '' || /\s/.test(bare) ? undefined : bare;
}

function threadIndexRoot(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  try {
    const bytes = atob(header.replace(/\s+/g, ''));
    if (bytes.length < THREAD_INDEX_ROOT_BYTES) return undefined;
    return Array.from(bytes.slice(0, THREAD_INDEX_ROOT_BYTES), (c) =>
      c.charCodeAt(0).toString(16).padStart(2, '0'),
    ).join('');
  } catch {
    return undefined; // not Base64: no usable Thread-Index
  }
}
