/** The document formats Bronvast reads the text of. */
export type DocumentFormat = 'pdf' | 'docx' | 'xlsx' | 'text';

/**
 * Why a document's text could not be read: a format Bronvast does not read
 * (`unsupported-format`), protected by a password (`encrypted`), broken or not what its name
 * says (`damaged`), without any text, such as a scan (`no-text`), or above the size limit
 * (`too-large`).
 */
export type UnreadableReason =
  'unsupported-format' | 'encrypted' | 'damaged' | 'no-text' | 'too-large';

/** A document to read: its name, the type its sender gave, and its bytes. */
export interface DocumentFile {
  readonly name: string;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
}

/** The text of a document, or why there is none. */
export type DocumentText =
  | {
      readonly kind: 'text';
      readonly format: DocumentFormat;
      readonly text: string;
      /** The text was cut at the character limit. */
      readonly truncated: boolean;
    }
  | {
      readonly kind: 'unreadable';
      readonly format: DocumentFormat | null;
      readonly reason: UnreadableReason;
    };

/** Limits of {@link readDocumentText}. */
export interface ReadLimits {
  /** Largest document read, in bytes; default 25 MB. */
  readonly maxBytes?: number;
  /** Text kept, in characters; default 2,000,000. */
  readonly maxChars?: number;
}
