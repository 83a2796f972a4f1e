/**
 * The MIME adapter: raw mail (.eml bytes, exported JSON records) into the core's `Message`.
 * Runs in the Outlook task pane and in Node.
 */
export { parseEml, type EmlError, type EmlResult } from './parse-eml';
export { messageFromJson, type JsonMessageError, type JsonMessageResult } from './json-message';
export { parseMailDate } from './mail-date';
export { normaliseSubject } from './conversation-id';
export type { RawEml } from './raw-bytes';
export type { UnreadField, UnreadFieldCode } from './unread-field';
export { attachmentNames } from './attachment-names';
export { attachmentFiles, type AttachmentFile } from './attachment-files';
export { parseMsg, type MsgError, type MsgResult } from './parse-msg';
export { readMailParts, type MailPart, type MailParts } from './mail-parts';
export { textFromHtml } from './html-text';
