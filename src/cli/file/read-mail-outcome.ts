import type { Message } from '../../core';
import type { ContentSource } from '../../graph';
import type { EmlError } from '../../mime';
import type { BacklogInputError } from './backlog-input';

/** A mail read from the backlog: the exact bytes to file (streamed from disk) and what they say. */
export interface ReadMail {
  readonly content: ContentSource;
  /** The record's extension when the file is not MIME (`.msg`, stored as application/vnd.ms-outlook). */
  readonly extension?: string;
  readonly message: Message;
  /**
   * Why the reader could not read a file that is a mail all the same: it is filed as its exact
   * bytes, with `message` holding only what the backlog knows (the file's name as subject).
   */
  readonly unreadable?: EmlError;
}

/** A mail read, or why the input is not one Bronvast can file. */
export type ReadMailOutcome =
  | { readonly ok: true; readonly mail: ReadMail }
  | { readonly ok: false; readonly error: BacklogInputError | EmlError };
