import { parseEml } from '../../mime';
import { walkFolder } from '../shared/folder-walk';
import { DEFAULT_MAX_MAIL_MB, inspectPath, megabytes, readRegularFile } from '../shared/input-file';
import type { MessageOutcome } from '../shared/input-error';
import { readJsonLines } from '../shared/json-lines';
import { messageFromRecord } from '../shared/record-message';

/** One input message with where it came from: the file path, or `file:line` for JSONL. */
export interface InputItem {
  readonly source: string;
  readonly outcome: MessageOutcome;
}

const EML = /\.eml$/i;
const JSONL = /\.(jsonl|ndjson)$/i;

/**
 * The messages of the given paths, in order and one at a time: each is read only when the
 * previous one has been taken, so a large folder or JSONL file never sits in memory at once.
 * A path is a folder (its .eml files, recursively, in path order, links followed), a
 * `.jsonl`/`.ndjson` file, or an .eml. Only regular files are read, each mail (file or JSONL
 * line) up to `maxMailBytes`; anything else is named with its reason, never waited on.
 */
export async function* readMessages(
  paths: readonly string[],
  maxMailBytes = megabytes(DEFAULT_MAX_MAIL_MB),
): AsyncGenerator<InputItem> {
  for (const path of paths) {
    const found = await inspectPath(path);
    if (found.kind === 'problem') {
      yield { source: path, outcome: { ok: false, error: found.error } };
    } else if (found.kind === 'folder') {
      for await (const entry of walkFolder(path, { wanted: (name) => EML.test(name) })) {
        yield entry.kind === 'file'
          ? await readEmlFile(entry.path, maxMailBytes)
          : { source: entry.path, outcome: { ok: false, error: entry.error } };
      }
    } else if (JSONL.test(path)) {
      yield* readJsonlFile(path, maxMailBytes);
    } else {
      yield await readEmlFile(path, maxMailBytes);
    }
  }
}

async function readEmlFile(path: string, maxBytes: number): Promise<InputItem> {
  const read = await readRegularFile(path, maxBytes);
  if (!read.ok) return { source: path, outcome: { ok: false, error: read.error } };
  return { source: path, outcome: await parseEml(read.bytes) };
}

async function* readJsonlFile(path: string, maxLineBytes: number): AsyncGenerator<InputItem> {
  try {
    for await (const line of readJsonLines(path, maxLineBytes)) {
      const source = `${path}:${line.line}`;
      if ('error' in line) yield { source, outcome: { ok: false, error: line.error } };
      else yield { source, outcome: await messageFromRecord(line.value) };
    }
  } catch {
    yield { source: path, outcome: { ok: false, error: 'file-unreadable' } };
  }
}
