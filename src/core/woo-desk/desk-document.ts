/** What a document of a request's selection is: a filed mail or chat, or a mail's attachment. */
export type DeskDocumentKind = 'mail' | 'chat' | 'attachment';

/**
 * One document of a request's selection as the Woo desk compares them: a filed record, or an
 * attachment of a filed mail (a document of its own, in the family of its mail).
 */
export interface DeskDocument {
  /** Stable within the request: the record id, `recordId#N` for its N-th attachment. */
  readonly key: string;
  readonly recordId: string;
  readonly kind: DeskDocumentKind;
  /** An attachment's mail. */
  readonly parentKey?: string;
  /** SHA-256 of the document's content (a mail's .eml, an attachment's bytes). */
  readonly sha256: string;
  /** A mail's Message-ID without angle brackets. */
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references: readonly string[];
  readonly conversationId?: string;
  readonly date?: Date;
  /** The document's own text (a mail's body), for finding mails quoted whole in later ones. */
  readonly text: string;
}

/** The key of a record's N-th attachment (counted from 1). */
export function attachmentKey(recordId: string, index: number): string {
  return `${recordId}#${index}`;
}
