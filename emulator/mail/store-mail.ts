import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { composeMime } from '../mime/compose-mime';
import type { MimeMessage } from '../mime/mime-message';
import { topLevelHeaders } from '../mime/top-level-headers';
import { newImmutableMailId, newMailId } from '../store/ids';
import { mimePath, saveMessage, type MessageRecord } from '../store/messages';
import type { Store } from '../store/store';
import { bodyPreview } from './text-to-html';

/** A message to put in a mailbox folder, with the state Outlook keeps beside the MIME. */
export interface MailDelivery {
  readonly mailbox: string;
  readonly folder: MessageRecord['folder'];
  readonly mime: MimeMessage;
  readonly receivedAt: Date;
  readonly isRead: boolean;
  readonly categories?: readonly string[];
  readonly importance?: MessageRecord['importance'];
  readonly extendedProperties?: MessageRecord['singleValueExtendedProperties'];
}

/**
 * The conversation id: one per thread, from the subject without reply and forward prefixes
 * (Exchange threads on Thread-Index; the subject gives the same grouping for the demo mail).
 */
export function conversationIdOf(subject: string): string {
  const topic = subject
    .replace(/^((re|aw|antw|fw|fwd|doorst)\s*:\s*)+/i, '')
    .trim()
    .toLowerCase();
  return `AAQkAGI2${createHash('sha256').update(topic).digest('base64url').slice(0, 40)}`;
}

/** Composes the MIME and stores the message (see {@link saveMail}). */
export async function storeMail(store: Store, delivery: MailDelivery): Promise<MessageRecord> {
  return saveMail(store, delivery, await composeMime(delivery.mime));
}

/**
 * Writes composed MIME and stores the message; the file is exactly what `$value` returns. Mail
 * delivered into an inbox carries the `Received:` header its last hop stamped, dated when it
 * arrived: Graph's internetMessageHeaders are "the network path taken by a message from the
 * sender to the recipient"
 * (https://learn.microsoft.com/en-us/graph/api/resources/internetmessageheader?view=graph-rest-1.0).
 * A copy in Sent Items travelled nowhere and has none.
 */
export function saveMail(store: Store, delivery: MailDelivery, composed: string): MessageRecord {
  const { mime } = delivery;
  const text =
    delivery.folder === 'inbox' ? `${receivedHeader(delivery.receivedAt)}${composed}` : composed;
  const id = newMailId();
  writeFileSync(mimePath(store, id), text, 'utf8');
  const record: MessageRecord = {
    id,
    immutableId: newImmutableMailId(),
    mailbox: delivery.mailbox,
    folder: delivery.folder,
    internetMessageId: mime.messageId,
    subject: mime.subject,
    from: mime.from,
    toRecipients: mime.to,
    ccRecipients: mime.cc,
    receivedDateTime: iso(delivery.receivedAt),
    sentDateTime: iso(mime.date),
    conversationId: conversationIdOf(mime.subject),
    hasAttachments: mime.attachments.length > 0,
    body:
      mime.html === undefined
        ? { contentType: 'text', content: mime.text }
        : { contentType: 'html', content: mime.html },
    bodyPreview: bodyPreview(mime.text),
    textBody: mime.text,
    attachments: mime.attachments.map(({ name, contentType, content }) => ({
      name,
      contentType,
      size: content.length,
    })),
    categories: delivery.categories ?? [],
    isRead: delivery.isRead,
    importance: delivery.importance ?? 'normal',
    internetMessageHeaders: topLevelHeaders(text),
    singleValueExtendedProperties: delivery.extendedProperties ?? [],
    mimeSize: Buffer.byteLength(text, 'utf8'),
    version: 1,
  };
  saveMessage(store, record);
  return record;
}

/** The trace line the receiving server adds on top (RFC 5321 section 4.4), in RFC 5322 date form. */
function receivedHeader(at: Date): string {
  const date = at.toUTCString().replace(/GMT$/, '+0000');
  return `Received: from mail.bronvast.example by mailbox.bronvast.example with SMTP;\r\n ${date}\r\n`;
}

const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
