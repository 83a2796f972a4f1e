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

/**
 * Reads an attachment's text. Surfaces pass the documents layer's reader (PDF, Word, Excel,
 * plain text); the Woo desk needs nothing else of it.
 */
export type AttachmentTextReader = (file: AttachmentFile) => Promise<AttachmentReading>;

/**
 * The reader used until a surface passes the documents layer's: plain-text attachments only;
 * every other format is `unsupported-format` and is listed, not published.
 */
export const readPlainTextAttachment: AttachmentTextReader = (file) => {
  const isText =
    (file.contentType ?? '').startsWith('text/plain') || /\.(txt|csv)$/i.test(file.name);
  if (!isText) return Promise.resolve({ kind: 'unreadable', reason: 'unsupported-format' });
  const text = new TextDecoder('utf-8').decode(file.bytes).replaceAll('\u0000', '').trim();
  return Promise.resolve(
    text === '' ? { kind: 'unreadable', reason: 'no-text' } : { kind: 'text', text },
  );
};
