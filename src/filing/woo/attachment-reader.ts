import { readDocumentText } from '../../documents';

/** An attachment's text, or why it could not be read (a code). */
export type AttachmentReading =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** An attachment as a reader gets it. */
export interface AttachmentFile {
  readonly name: string;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
}

/** Reads an attachment's text; the Woo desk needs nothing else of a document reader. */
export type AttachmentTextReader = (file: AttachmentFile) => Promise<AttachmentReading>;

/**
 * The documents layer's reader as the Woo desk uses it: the text of PDF, Word (.docx), Excel
 * (.xlsx) and plain-text attachments; any other, or a damaged, encrypted, scanned or too large
 * one, is unreadable with its reason and is listed, not published.
 */
export const readAttachmentText: AttachmentTextReader = async (file) => {
  const read = await readDocumentText(file);
  return read.kind === 'text'
    ? { kind: 'text', text: read.text }
    : { kind: 'unreadable', reason: read.reason };
};
