// The .msg reader itself, not the MIME index: the index stays without msgreader, which only the
// command line loads.
import { parseMsg } from '../../mime/parse-msg';
import { readRegularFile } from '../shared/input-file';
import { contentFromFile } from './file-content';
import type { ReadMailOutcome } from './read-mail-outcome';

/**
 * Reads an Outlook .msg file to file it: the record is the file exactly as it is (streamed from
 * disk on upload); its properties are read in memory only for the assessment.
 */
export async function readMsgFile(path: string, maxBytes: number): Promise<ReadMailOutcome> {
  const read = await readRegularFile(path, maxBytes);
  if (!read.ok) return read;
  const parsed = await parseMsg(read.bytes);
  if (!parsed.ok) return parsed;
  const content = contentFromFile(path, read.bytes.length);
  return { ok: true, mail: { content, extension: '.msg', message: parsed.message } };
}
