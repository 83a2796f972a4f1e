import type { RecordMetadata } from '../core/records/record-metadata';

/**
 * The record metadata an export reads. Columns the record system did not give are absent: an
 * export still writes what is known and lists the gaps ({@link recordGaps}).
 */
export type ExportMetadata = Partial<RecordMetadata>;

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
   * Names of a mail's attachments, read from the stored MIME at export time; absent when they
   * were not read (a chat, a mail without attachments, a format that does not list them).
   */
  readonly attachments?: readonly string[];
  readonly metadata: ExportMetadata;
}
