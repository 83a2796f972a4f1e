import { createHash } from 'node:crypto';
import { htmlToText } from '../mail/text-to-html';
import {
  immutableIdOf,
  type EmailAddress,
  type MessageFolder,
  type MessageIdKind,
  type MessageRecord,
  type StoredAttachment,
} from '../store/messages';

/** The well-known folders of the demo mailboxes, with their Dutch display names. */
export const MAIL_FOLDERS: Readonly<Record<MessageFolder, string>> = {
  inbox: 'Postvak IN',
  sentitems: 'Verzonden items',
  archive: 'Archief',
  deleteditems: 'Verwijderde items',
};

/** A well-known folder name. */
export type WellKnownFolder = MessageFolder;

const FOLDERS = Object.keys(MAIL_FOLDERS) as MessageFolder[];

/** A folder's id: stable per mailbox, in Exchange's shape. */
export function folderId(mailbox: string, folder: WellKnownFolder): string {
  const digest = createHash('sha256')
    .update(`${mailbox.toLowerCase()}:${folder}`)
    .digest('base64url');
  return `AAMkAGI2AAAuAAAAAAC${digest}AQ`;
}

/** Finds the well-known folder an id or name stands for. */
export function wellKnownFolder(mailbox: string, idOrName: string): WellKnownFolder | undefined {
  const lower = idOrName.toLowerCase();
  return FOLDERS.find((folder) => folder === lower || folderId(mailbox, folder) === idOrName);
}

const recipient = (address: EmailAddress) => ({
  emailAddress: { name: address.name, address: address.address },
});

/**
 * Graph's message resource. `internetMessageHeaders` only when selected and extended
 * properties only when expanded, as Graph does. `id` is the REST id, or the immutable id when
 * the request asked for those (`Prefer: IdType="ImmutableId"`).
 */
export function messageJson(
  message: MessageRecord,
  origin: string,
  idKind: MessageIdKind = 'rest',
): Record<string, unknown> {
  const changeKey = `CQAAABYAAAD${message.version}`;
  const id = idKind === 'immutable' ? immutableIdOf(message) : message.id;
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id,
    createdDateTime: message.receivedDateTime,
    lastModifiedDateTime: message.receivedDateTime,
    changeKey,
    categories: message.categories,
    receivedDateTime: message.receivedDateTime,
    sentDateTime: message.sentDateTime,
    hasAttachments: message.hasAttachments,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: message.bodyPreview,
    importance: message.importance,
    parentFolderId: folderId(message.mailbox, message.folder),
    conversationId: message.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: message.isRead,
    isDraft: false,
    webLink: `${origin}/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: message.body,
    sender: recipient(message.from),
    from: recipient(message.from),
    toRecipients: message.toRecipients.map(recipient),
    ccRecipients: message.ccRecipients.map(recipient),
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
}

/** The body as plain text: the message's text part, else its HTML reduced to text. */
export function textBodyJson(message: MessageRecord): { contentType: 'text'; content: string } {
  const { contentType, content } = message.body;
  const text = contentType === 'text' ? content : (message.textBody ?? htmlToText(content));
  return { contentType: 'text', content: text };
}

/** Graph's fileAttachment resource without its content, numbered in MIME order. */
export function attachmentJson(
  message: MessageRecord,
  idKind: MessageIdKind = 'rest',
): (attachment: StoredAttachment, index: number) => Record<string, unknown> {
  const id = idKind === 'immutable' ? immutableIdOf(message) : message.id;
  return (attachment, index) => ({
    '@odata.type': '#microsoft.graph.fileAttachment',
    id: `${id}:${index}`,
    lastModifiedDateTime: message.receivedDateTime,
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    isInline: false,
  });
}
