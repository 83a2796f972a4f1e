import { readFile } from 'node:fs/promises';
import type { Message } from '../../core';
import { contentFromBytes, type ContentSource } from '../../graph/records/content-source';
import { parseEml, type EmlError } from '../../mime';
import type { BacklogInput, BacklogInputError } from './backlog-input';
import { contentFromFile } from './file-content';
import { readMsgFile } from './read-msg';

/** A mail read from the backlog: the exact bytes to file (streamed from disk) and what they say. */
export interface ReadMail {
  readonly content: ContentSource;
  /** The record's extension when the file is not MIME (`.msg`, stored as application/vnd.ms-outlook). */
  readonly extension?: string;
  readonly message: Message;
}

/** A mail read, or why the input is not one Bronvast can file. */
export type ReadMailOutcome =
  | { readonly ok: true; readonly mail: ReadMail }
  | { readonly ok: false; readonly error: BacklogInputError | EmlError };

/**
 * Reads one input to file it. The bytes of an .eml are in memory only while they are parsed for
 * the assessment; the record is uploaded from the file itself, range by range.
 */
export async function readMail(input: BacklogInput): Promise<ReadMailOutcome> {
  if (input.kind === 'problem') return { ok: false, error: input.error };
  if (input.kind === 'line') {
    const bytes = new TextEncoder().encode(input.raw);
    return withContent(await parseEml(bytes), contentFromBytes(bytes));
  }
  if (input.format === 'msg') return readMsgFile(input.path);
  const bytes = await readFile(input.path).catch(() => null);
  if (bytes === null) return { ok: false, error: 'file-unreadable' };
  return withContent(await parseEml(bytes), contentFromFile(input.path, bytes.length));
}

function withContent(
  parsed: Awaited<ReturnType<typeof parseEml>>,
  content: ContentSource,
): ReadMailOutcome {
  if (!parsed.ok) return parsed;
  return { ok: true, mail: { content, message: parsed.message } };
}
