import { readFile, stat } from 'node:fs/promises';
import { parseEml } from '../mime';
import { emlFilesUnder } from './eml-files';
import type { MessageOutcome } from './input-error';
import { readJsonLines } from './json-lines';
import { messageFromRecord } from './record-message';

/** One input message with where it came from: the file path, or `file:line` for JSONL. */
export interface InputItem {
  readonly source: string;
  readonly outcome: MessageOutcome;
}

const JSONL = /\.(jsonl|ndjson)$/i;

/**
 * The messages of the given paths, in order and one at a time: each is read only when the
 * previous one has been taken, so a large folder or JSONL file never sits in memory at once.
 * A path is a folder (its .eml files, recursively, sorted), a `.jsonl`/`.ndjson` file, or an .eml.
 */
export async function* readMessages(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    const kind = await kindOf(path);
    if (kind === 'missing') {
      yield { source: path, outcome: { ok: false, error: 'path-not-found' } };
    } else if (kind === 'folder') {
      for (const entry of await emlFilesUnder(path)) {
        yield entry.listable ? await readEmlFile(entry.path) : unreadable(entry.path);
      }
    } else if (JSONL.test(path)) {
      yield* readJsonlFile(path);
    } else {
      yield await readEmlFile(path);
    }
  }
}

async function kindOf(path: string): Promise<'missing' | 'folder' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

async function readEmlFile(path: string): Promise<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return unreadable(path);
  }
  return { source: path, outcome: await parseEml(bytes) };
}

async function* readJsonlFile(path: string): AsyncGenerator<InputItem> {
  try {
    for await (const line of readJsonLines(path)) {
      const source = `${path}:${line.line}`;
      if ('error' in line) yield { source, outcome: { ok: false, error: line.error } };
      else yield { source, outcome: await messageFromRecord(line.value) };
    }
  } catch {
    yield unreadable(path);
  }
}

function unreadable(path: string): InputItem {
  return { source: path, outcome: { ok: false, error: 'file-unreadable' } };
}
