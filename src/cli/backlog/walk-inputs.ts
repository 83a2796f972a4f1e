import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readJsonLines } from '../json-lines';
import { isRecord } from '../record-message';
import type { BacklogInput } from './backlog-input';

const EML = /\.eml$/i;
const MSG = /\.msg$/i;
const JSONL = /\.(jsonl|ndjson)$/i;

/**
 * The inputs under the given paths, in order and one at a time. Folders are walked lazily,
 * depth first, each folder's entries sorted by name (code unit order), so only one listing per
 * level is in memory however large the backlog. Symbolic links are not followed; hidden files
 * (`.DS_Store`) are passed over; any other file that is not .eml, .msg or JSONL is reported.
 */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<BacklogInput> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) yield { kind: 'problem', source: path, error: 'path-not-found' };
    else if (info.isDirectory()) yield* walkFolder(path);
    else yield* fileInputs(path, info.size);
  }
}

async function* walkFolder(folder: string): AsyncGenerator<BacklogInput> {
  const children = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (children === null) {
    yield { kind: 'problem', source: folder, error: 'file-unreadable' };
    return;
  }
  const sorted = children
    .filter((child) => !child.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of sorted) {
    const path = join(folder, child.name);
    if (child.isDirectory()) yield* walkFolder(path);
    else if (child.isFile()) {
      const info = await stat(path).catch(() => null);
      if (info === null) yield { kind: 'problem', source: path, error: 'file-unreadable' };
      else yield* fileInputs(path, info.size);
    }
  }
}

async function* fileInputs(path: string, size: number): AsyncGenerator<BacklogInput> {
  if (EML.test(path)) yield { kind: 'file', source: path, format: 'eml', path, size };
  else if (MSG.test(path)) yield { kind: 'file', source: path, format: 'msg', path, size };
  else if (JSONL.test(path)) yield* jsonlInputs(path);
  else yield { kind: 'problem', source: path, error: 'not-a-mail-file' };
}

async function* jsonlInputs(path: string): AsyncGenerator<BacklogInput> {
  try {
    for await (const line of readJsonLines(path)) {
      const source = `${path}:${line.line}`;
      if ('error' in line) yield { kind: 'problem', source, error: line.error };
      else yield lineInput(source, line.value);
    }
  } catch {
    yield { kind: 'problem', source: path, error: 'file-unreadable' };
  }
}

function lineInput(source: string, value: unknown): BacklogInput {
  if (!isRecord(value) || !('raw' in value)) {
    return { kind: 'problem', source, error: 'line-without-raw' };
  }
  const { raw } = value;
  if (typeof raw !== 'string') return { kind: 'problem', source, error: 'invalid-raw' };
  return { kind: 'line', source, raw };
}

/** How many inputs the paths hold (for the progress bar), counted without keeping any. */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let count = 0;
  const inputs = walkInputs(paths);
  while (!(await inputs.next()).done) count += 1;
  return count;
}
