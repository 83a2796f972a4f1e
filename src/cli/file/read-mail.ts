import { basename } from 'node:path';
import type { Message } from '../../core';
import { asSourceId } from '../../core/ids';
import { contentFromBytes, type ContentSource } from '../../graph/records/content-source';
import { parseEml, type EmlError } from '../../mime';
import { readRegularFile } from '../shared/input-file';
import type { BacklogInput, BacklogInputError } from './backlog-input';
import { contentFromFile } from './file-content';
import { readMsgFile } from './read-msg';

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

/**
 * Reads one input to file it: a regular file of at most `maxBytes` only. The bytes of an .eml
 * are in memory only while they are parsed for the assessment; the record is uploaded from the
 * file itself, range by range.
 */
export async function readMail(input: BacklogInput, maxBytes: number): Promise<ReadMailOutcome> {
  if (input.kind === 'problem') return { ok: false, error: input.error };
  if (input.kind === 'line') {
    const bytes = new TextEncoder().encode(input.raw);
    return withContent(await parseEml(bytes), contentFromBytes(bytes), input.source);
  }
  if (input.format === 'msg') return readMsgFile(input.path, maxBytes);
  const read = await readRegularFile(input.path, maxBytes);
  if (!read.ok) return read;
  const content = contentFromFile(input.path, read.bytes.length);
  return withContent(await parseEml(read.bytes), content, basename(input.path));
}

/**
 * A file the reader cannot read but that looks like a mail (`unreadable-mime`: damaged or nested
 * too deep) is still filed, so that nothing in the backlog is lost; anything that is not a mail
 * at all (another kind of file, empty input) is named and left.
 */
function withContent(
  parsed: Awaited<ReturnType<typeof parseEml>>,
  content: ContentSource,
  name: string,
): ReadMailOutcome {
  if (parsed.ok) return { ok: true, mail: { content, message: parsed.message } };
  if (parsed.error !== 'unreadable-mime') return parsed;
  return { ok: true, mail: { content, message: knownOnly(name), unreadable: parsed.error } };
}

/** What the backlog knows of a mail it cannot read; the id comes from its bytes when filed. */
function knownOnly(name: string): Message {
  const subject = name;
  return {
    kind: 'mail',
    id: asSourceId(''),
    subject,
    to: [],
    cc: [],
    bodyText: '',
    headers: {},
    attachments: [],
  };
}
