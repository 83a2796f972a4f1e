/**
 * Documents: the text of attachments and other files (PDF, Word .docx, Excel .xlsx, plain
 * text) and their own disclosure pre-assessment by the core. Runs in Node and in the browser;
 * each format's reader is loaded only when needed, in a chunk of its own.
 */
export type {
  DocumentFile,
  DocumentFormat,
  DocumentText,
  ReadLimits,
  UnreadableReason,
} from './document-text';
export { documentFormat } from './document-format';
export { readDocumentText } from './read-document-text';
export { assessDocument, type DocumentAssessment, type DocumentContext } from './assess-document';
export { assessMailAttachments, type MailAttachmentOptions } from './assess-mail-attachments';
