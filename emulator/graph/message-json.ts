import { createHash } from 'node:crypto';
import { htmlToText } from '../mail/text-to-html';
import type { EmailAddress, MessageRecord, StoredAttachment } from '../store/messages';

/** The well-known folders of the demo mailboxes, with their Dutch display names. */
export const MAIL_FOLDERS = {
  inbox: 'Postvak IN',
  sentitems: 'Verzonden items',
} as const;

/** A well-known folder name. */
export type WellKnownFolder = keyof typeof MAIL_FOLDERS;

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
  if (lower === 'inbox' || lower === 'sentitems') return lower;
  return (Object.keys(MAIL_FOLDERS) as WellKnownFolder[]).find(
    (folder) => folderId(mailbox, folder) === idOrName,
  );
}

const recipient = (address: EmailAddress) => ({
  emailAddress: { name: address.name, address: address.address },
});

/**
 * Graph's message resource. `internetMessageHeaders` only when selected and extended
 * properties only when expanded, as Graph does.
 */
export function messageJson(message: MessageRecord, origin: string): Record<string, unknown> {
  const changeKey = `CQAAABYAAAD${message.version}`;
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id: message.id,
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
    webLink: `${origin}/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
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
): (attachment: StoredAttachment, index: number) => Record<string, unknown> {
  return (attachment, index) => ({
    '@odata.type': '#microsoft.graph.fileAttachment',
    id: `${message.id}:${index}`,
    lastModifiedDateTime: message.receivedDateTime,
    name: attachment.name,
    contentType: attachment.contentType,
    size: attachment.size,
    isInline: false,
  });
}
