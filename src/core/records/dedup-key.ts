import type { Message } from '../message';
import { normaliseInternetMessageId } from '../message-id';
import { sha256Hex } from './sha256-hash';

/** A SharePoint single-line text column holds at most 255 characters. */
const MAX_KEY_LENGTH = 255;

/**
 * The key that makes filing idempotent: the same message filed twice, by two colleagues, or
 * after a crash half-way is one record. It comes from the source id, never from the file name
 * or the content bytes (two mailboxes hold different MIME for the same mail).
 *
 * - mail: `mail:` + the internetMessageId without angle brackets or surrounding space, with the
 *   domain part lower-cased (RFC 5322 leaves the local part case-sensitive);
 * - chat: `chat:` + the chat (conversation) id + `/` + the chat message id, since Teams message
 *   ids are unique within one chat only.
 *
 * A key longer than a text column holds becomes `{kind}:sha256:{hash of the key}`.
 */
export function dedupKey(message: Message): string {
  const key = sourceKey(message);
  return key.length <= MAX_KEY_LENGTH ? key : `${message.kind}:sha256:${sha256Hex(key)}`;
}

function sourceKey(message: Message): string {
  if (message.kind === 'mail') return `mail:${normaliseInternetMessageId(message.id)}`;
  const chat = message.conversationId === undefined ? '' : `${message.conversationId.trim()}/`;
  return `chat:${chat}${message.id.trim()}`;
}

export { normaliseInternetMessageId };

/**
 * The dedup key of a second record for one source id: a message whose id is already filed with
 * other content (two different mails with one Message-ID, from broken clients or forwarded
 * copies) is its own record, never dropped. The key joins the source's key and the content's
 * SHA-256, so filing that same content again finds this record.
 */
export function variantDedupKey(sourceKey: string, contentSha256: string): string {
  const key = `${sourceKey}#sha256:${contentSha256}`;
  const kind = sourceKey.startsWith('chat:') ? 'chat' : 'mail';
  return key.length <= MAX_KEY_LENGTH ? key : `${kind}:sha256:${sha256Hex(key)}`;
}
