/**
 * Documents: the text of attachments and other files (PDF, Word .docx, Excel .xlsx, plain
 * text) and their own disclosure pre-assessment by the core. Runs in Node and in the browser;
 * each format's reader is loaded only when needed, in a chunk of its own.
 */
export { readDocumentText } from './read-document-text';
export { assessMailAttachments } from './assess-mail-attachments';
