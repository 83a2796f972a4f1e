import MsgReader, { type FieldsData } from '@kenjiuno/msgreader';
import { asSourceId, bareMessageId } from '../core/vocabulary';
import { sha256Hex } from '../core/records';
import type { Attachment, Message, Party } from '../core';
import { conversationIdOf } from './conversation-id';
import { textFromHtml } from './html-text';
import { keepHeaders, type HeaderField } from './kept-headers';

/** Why an Outlook .msg file could not be read: not a compound file, or not a mail item. */
export type MsgError = 'msg-unreadable';

/** The outcome of reading a .msg file. */
export type MsgResult =
  | { readonly ok: true; readonly message: Message }
  | { readonly ok: false; readonly error: MsgError };

/**
 * Reads an Outlook .msg file (MAPI properties in a compound file) into the core's `Message`:
 * subject, parties, dates, body (plain, else from the HTML), attachment names and sizes, and the
 * kept headers from the transport headers when Outlook stored them. The id is the
 * internetMessageId, else `sha256:<hex of the file>`, so the same file always gets the same id.
 */
export async function parseMsg(bytes: Uint8Array): Promise<MsgResult> {
  const fields = readFields(bytes);
  if (fields === null) return { ok: false, error: 'msg-unreadable' };
  const headers = headerFields(fields.headers ?? '');
  const header = (key: string) => headers.find((field) => field.key === key)?.value;
  const subject = (fields.subject ?? '').trim();
  const messageId = bareMessageId(fields.messageId ?? header('message-id') ?? '');
  const id = asSourceId(messageId === '' ? `sha256:${sha256Hex(bytes)}` : messageId);
  const conversationId = conversationIdOf({
    references: header('references'),
    inReplyTo: header('in-reply-to'),
    threadIndex: header('thread-index'),
    messageId,
    subject,
  });
  const from = party(fields.senderName, fields.senderSmtpAddress ?? fields.senderEmail);
  const sent = dateOf(fields.clientSubmitTime);
  const received = dateOf(fields.messageDeliveryTime);
  const bodyHtml = fields.bodyHtml;
  return {
    ok: true,
    message: {
      kind: 'mail',
      id,
      ...(conversationId === undefined ? {} : { conversationId }),
      subject,
      ...(from === undefined ? {} : { from }),
      to: recipients(fields, 'to'),
      cc: recipients(fields, 'cc'),
      ...(sent === undefined ? {} : { sent }),
      ...(received === undefined ? {} : { received }),
      bodyText: bodyTextOf(fields.body, bodyHtml),
      ...(bodyHtml === undefined ? {} : { bodyHtml }),
      headers: keepHeaders(headers),
      attachments: (fields.attachments ?? []).map(attachmentOf),
    },
  };
}

function readFields(bytes: Uint8Array): FieldsData | null {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fields = new MsgReader(view).getFileData();
    if (fields.error !== undefined || fields.dataType !== 'msg') return null;
    return fields;
  } catch {
    return null; // not a compound file, or one the reader gives up on: a property of the input
  }
}

/** Transport headers as Outlook stored them: folded lines unfolded, keys lower-cased. */
function headerFields(text: string): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const line of text.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      fields.push({
        key: line.slice(0, colon).trim().toLowerCase(),
        value: line.slice(colon + 1).trim(),
      });
  }
  return fields;
}

function recipients(fields: FieldsData, type: 'to' | 'cc'): Party[] {
  return (fields.recipients ?? [])
    .filter((recipient) => (recipient.recipType ?? 'to') === type)
    .flatMap((recipient) => party(recipient.name, recipient.smtpAddress ?? recipient.email) ?? []);
}

function party(name: string | undefined, address: string | undefined): Party | undefined {
  const bare = (address ?? '').trim().toLowerCase();
  if (!bare.includes('@')) return undefined;
  const display = (name ?? '').trim();
  return display === '' || display.toLowerCase() === bare
    ? { address: bare }
    : { name: display, address: bare };
}

function attachmentOf(attachment: FieldsData): Attachment {
  return {
    name: attachment.fileName ?? attachment.fileNameShort ?? attachment.name ?? '',
    size: attachment.contentLength ?? 0,
    ...(attachment.attachMimeTag === undefined ? {} : { contentType: attachment.attachMimeTag }),
  };
}

function bodyTextOf(text: string | undefined, html: string | undefined): string {
  if (text !== undefined && text.trim() !== '') return text.replace(/\r\n/g, '\n');
  return html === undefined ? '' : textFromHtml(html);
}

function dateOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
