import { asSourceId } from '../../core/vocabulary';
import type { Message } from '../../core';
import { sha256Hex } from '../../core/records';
import {
  attachmentKey,
  documentText,
  partyPassages,
  type DeskDocumentKind,
} from '../../core/woo-desk';
import type { GraphClient, SiteIds } from '../../graph';
import { readWooRecord, readWooRecordContent, type WooRecord } from '../../graph/woo';
import { readMailParts, textFromHtml } from '../../mime';
import type { AttachmentReading, AttachmentTextReader } from './attachment-reader';

/** One document of a loaded record: the record itself or one of its attachments. */
export interface LoadedDocument {
  readonly key: string;
  readonly recordId: string;
  readonly kind: DeskDocumentKind;
  readonly parentKey?: string;
  /** What the publication shows: the subject, an attachment's name. */
  readonly title: string;
  readonly date?: Date;
  readonly sha256: string;
  /** The text assessed and redacted (a mail's with its header lines); null when unreadable. */
  readonly text: string | null;
  readonly unreadable?: string;
  /** The body alone, for finding mails quoted whole in later ones. */
  readonly body: string;
  /** Party names and addresses to propose wherever they occur. */
  readonly parties: readonly string[];
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references: readonly string[];
  readonly conversationId?: string;
}

/**
 * Reads a selected record for the Woo desk: its file (2 requests), the mail's header lines and
 * body, and each attachment as a document of its own with the text the reader gets from it.
 * Null when the record is gone or not readable.
 */
export async function loadDeskRecord(
  client: GraphClient,
  site: SiteIds,
  recordId: string,
  reader: AttachmentTextReader,
): Promise<LoadedDocument[] | null> {
  const record = await readWooRecord(client, site, recordId);
  if (record === null) return null;
  const bytes = await readWooRecordContent(client, site, record);
  const sha256 = record.metadata?.sha256 || sha256Hex(bytes);
  if (record.fileName.toLowerCase().endsWith('.html')) return [chatDocument(record, bytes, sha256)];
  const parts = await readMailParts(bytes);
  if (parts === null) return [unreadableRecord(record, sha256)];
  const { message } = parts;
  const mail: LoadedDocument = {
    ...mailBase(record, message, sha256),
    ...(parts.inReplyTo === undefined ? {} : { inReplyTo: parts.inReplyTo }),
    references: parts.references,
  };
  const attachments: LoadedDocument[] = [];
  for (const [index, part] of parts.attachments.entries()) {
    const reading: AttachmentReading = await reader(part);
    attachments.push({
      key: attachmentKey(recordId, index + 1),
      recordId,
      kind: 'attachment',
      parentKey: recordId,
      title: part.name,
      ...(mail.date === undefined ? {} : { date: mail.date }),
      sha256: sha256Hex(part.bytes),
      text: reading.kind === 'text' ? reading.text : null,
      ...(reading.kind === 'unreadable' ? { unreadable: reading.reason } : {}),
      body: '',
      parties: mail.parties,
      references: [],
    });
  }
  return [mail, ...attachments];
}

function mailBase(record: WooRecord, message: Message, sha256: string): LoadedDocument {
  const date = message.sent ?? message.received;
  // A chat message's id is no Message-ID: it chains to no mail.
  const messageId =
    message.kind === 'chat' || message.id.startsWith('sha256:') ? undefined : message.id;
  return {
    key: record.recordId,
    recordId: record.recordId,
    kind: message.kind,
    title: message.subject,
    ...(date === undefined ? {} : { date }),
    sha256,
    text: documentText(message),
    body: message.bodyText,
    parties: partyPassages(message),
    ...(messageId === undefined ? {} : { messageId }),
    references: [],
    ...(message.conversationId === undefined ? {} : { conversationId: message.conversationId }),
  };
}

function chatDocument(record: WooRecord, bytes: Uint8Array, sha256: string): LoadedDocument {
  const metadata = record.metadata;
  const from = metadata?.from ?? '';
  const message: Message = {
    kind: 'chat',
    id: asSourceId(metadata?.sourceId ?? record.recordId),
    subject: metadata?.subject ?? '',
    ...(from === '' ? {} : { from: { name: from, address: '' } }),
    to: [],
    cc: [],
    ...(metadata?.sent === undefined ? {} : { sent: metadata.sent }),
    bodyText: textFromHtml(new TextDecoder().decode(bytes)),
    headers: {},
    attachments: [],
  };
  return mailBase(record, message, sha256);
}

function unreadableRecord(record: WooRecord, sha256: string): LoadedDocument {
  const date = record.metadata?.sent ?? record.metadata?.received;
  return {
    key: record.recordId,
    recordId: record.recordId,
    kind: record.metadata?.sourceKind ?? 'mail',
    title: record.metadata?.subject ?? record.recordId,
    ...(date === undefined ? {} : { date }),
    sha256,
    text: null,
    unreadable: 'unreadable-mime',
    body: '',
    parties: [],
    references: [],
  };
}
