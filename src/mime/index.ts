/**
 * The MIME adapter: raw mail (.eml bytes, exported JSON records) into the core's `Message`.
 * Runs in the Outlook task pane and in Node.
 */
export { parseEml, type EmlError } from './parse-eml';
export { messageFromJson, type JsonMessageError } from './json-message';
export type { RawEml } from './raw-bytes';
export type { UnreadField } from './unread-field';
export { attachmentFiles } from './attachment-files';
export { readMailParts } from './mail-parts';
export { textFromHtml } from './html-text';
