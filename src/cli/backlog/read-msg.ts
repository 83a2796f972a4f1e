import { readFile } from 'node:fs/promises';
import { parseMsg } from '../../mime/parse-msg';
import { contentFromFile } from './file-content';
import type { ReadMailOutcome } from './read-mail';

/**
 * Reads an Outlook .msg file to file it: the record is the file exactly as it is (streamed from
 * disk on upload); its properties are read in memory only for the assessment.
 */
export async function readMsgFile(path: string): Promise<ReadMailOutcome> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return { ok: false, error: 'file-unreadable' };
  const parsed = await parseMsg(bytes);
  if (!parsed.ok) return parsed;
  const content = contentFromFile(path, bytes.length);
  return { ok: true, mail: { content, extension: '.msg', message: parsed.message } };
}
