import type { RecordMetadata } from '../core/records';
import type { CitedGround } from '../core/woo';
import type { DisclosureLevel, GroundCode } from '../core';

/**
 * The record metadata an export reads. Columns the record system did not give are absent: an
 * export still writes what is known and lists the gaps ({@link recordGap}). Its grounds may
 * hold the practice code `dubbel` beside the law's grounds.
 */
export type ExportMetadata = Partial<Omit<RecordMetadata, 'grounds'>> & {
  readonly grounds?: readonly CitedGround[];
};

/** Why an attachment has no assessment of its own. */
export type AttachmentGapReason =
  'unsupported-format' | 'encrypted' | 'damaged' | 'no-text' | 'too-large' | 'not-read';

/**
 * An attachment of a mail record: assessed by the core on its own text (advisory), or
 * unassessed with the reason why.
 */
export type ExportAttachment =
  | {
      readonly kind: 'assessed';
      readonly name: string;
      readonly level: DisclosureLevel;
      readonly grounds: readonly GroundCode[];
    }
  | { readonly kind: 'unassessed'; readonly name: string; readonly reason: AttachmentGapReason };

/** One filed record as the exports see it: its columns plus what the record system adds. */
export interface ExportRecord {
  /** The record system's id of the record (the list item id). */
  readonly recordId: string;
  /** The stored file's name (`2024-03-05 Advies.eml`, the chat's `.html`). */
  readonly fileName: string;
  /** Where the record system shows the file. */
  readonly webUrl: string;
  /** When the record system created the file. */
  readonly createdAt?: Date;
  /** Size of the stored file in bytes, where known. */
  readonly size?: number;
  /**
   * A mail's attachments, read from the stored MIME at export time; absent when they were not
   * read (a chat, a mail without attachments, a format that does not list them).
   */
  readonly attachments?: readonly ExportAttachment[];
  readonly metadata: ExportMetadata;
}
