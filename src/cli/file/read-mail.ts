import { basename } from 'node:path';
import { asSourceId, type Message } from '../../core';
import { contentFromBytes, type ContentSource } from '../../graph';
import { parseEml } from '../../mime';
import { readRegularFile } from '../shared/input-file';
import type { BacklogInput } from './backlog-input';
import { contentFromFile } from './file-content';
import type { ReadMailOutcome } from './read-mail-outcome';
import { readMsgFile } from './read-msg';

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
