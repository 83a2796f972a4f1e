import { walkFolder } from '../shared/folder-walk';
import { DEFAULT_MAX_MAIL_MB, inspectPath, megabytes } from '../shared/input-file';
import { readJsonLines } from '../shared/json-lines';
import { isRecord } from '../shared/record-message';
import type { BacklogInput } from './backlog-input';

const EML = /\.eml$/i;
const MSG = /\.msg$/i;
const JSONL = /\.(jsonl|ndjson)$/i;

/** What a backlog walk reads and leaves. */
export interface WalkInputsOptions {
  /** The largest mail (file or JSONL line) read, in bytes; default 150 MB. */
  readonly maxMailBytes?: number;
  /** Files never read as input, by identity (`dev:ino`): the run's own `--report` file. */
  readonly skip?: ReadonlySet<string>;
}

/**
 * The inputs under the given paths, in order and one at a time. Folders are walked lazily,
 * depth first, in path order, so only one listing per level is in memory however large the
 * backlog. Symbolic links are followed (a folder reached twice is named, not walked again);
 * hidden files (`.DS_Store`) are passed over; only regular files are read, each mail up to the
 * size limit; any other entry and any file that is not .eml, .msg or JSONL is named with why.
 */
export async function* walkInputs(
  paths: readonly string[],
  options: WalkInputsOptions = {},
): AsyncGenerator<BacklogInput> {
  const maxMailBytes = options.maxMailBytes ?? megabytes(DEFAULT_MAX_MAIL_MB);
  for (const path of paths) {
    const found = await inspectPath(path);
    if (found.kind === 'problem') yield { kind: 'problem', source: path, error: found.error };
    else if (found.kind === 'folder') {
      const entries = walkFolder(path, {
        wanted: () => true,
        ...(options.skip === undefined ? {} : { skip: options.skip }),
      });
      for await (const entry of entries) {
        if (entry.kind === 'problem')
          yield { kind: 'problem', source: entry.path, error: entry.error };
        else yield* fileInputs(entry.path, entry.size, maxMailBytes);
      }
    } else if (options.skip?.has(found.identity) !== true) {
      yield* fileInputs(path, found.size, maxMailBytes);
    }
  }
}

async function* fileInputs(
  path: string,
  size: number,
  maxMailBytes: number,
): AsyncGenerator<BacklogInput> {
  const format = EML.test(path) ? 'eml' : MSG.test(path) ? 'msg' : null;
  if (format !== null && size > maxMailBytes)
    yield { kind: 'problem', source: path, error: 'file-too-large' };
  else if (format !== null) yield { kind: 'file', source: path, format, path, size };
  else if (JSONL.test(path)) yield* jsonlInputs(path, maxMailBytes);
  else yield { kind: 'problem', source: path, error: 'not-a-mail-file' };
}

async function* jsonlInputs(path: string, maxLineBytes: number): AsyncGenerator<BacklogInput> {
  try {
    for await (const line of readJsonLines(path, maxLineBytes)) {
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
export async function countInputs(
  paths: readonly string[],
  options: WalkInputsOptions = {},
): Promise<number> {
  let count = 0;
  const inputs = walkInputs(paths, options);
  while (!(await inputs.next()).done) count += 1;
  return count;
}
