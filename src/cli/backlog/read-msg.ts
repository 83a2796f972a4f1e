import { readFile } from 'node:fs/promises';
import { parseMsg, MSG_CONTENT_TYPE } from '../../mime/parse-msg';
import { contentFromFile } from './file-content';
import type { ReadMailOutcome } from './read-mail';

/**
 * Reads an Outlook .msg file to file it: the record is the file exactly as it is (streamed from
 * disk on upload); its properties are read in memory only for the assessment.
 */
export async function readMsgFile(path: string, size: number): Promise<ReadMailOutcome> {
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return { ok: false, error: 'file-unreadable' };
  const parsed = await parseMsg(bytes);
  if (!parsed.ok) return parsed;
  void size; // the bytes read are what gets filed, even if the file changed since it was listed
  const content = contentFromFile(path, bytes.length);
  return { ok: true, mail: { content, contentType: MSG_CONTENT_TYPE, message: parsed.message } };
}
