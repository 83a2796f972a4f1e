import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One non-blank line of a JSONL file: its parsed value, or that it is not JSON. */
export type JsonLine =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: 'invalid-json' };

/**
 * The lines of a JSONL file one at a time, so a file of any size is read in constant memory.
 * Line numbers count from 1 and include blank lines, which are skipped. Throws when the file
 * cannot be read (failed I/O), also when that happens half-way.
 */
export async function* readJsonLines(path: string): AsyncGenerator<JsonLine> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    yield parseLine(line, text);
  }
}

function parseLine(line: number, text: string): JsonLine {
  try {
    const value: unknown = JSON.parse(text);
    return { line, value };
  } catch {
    return { line, error: 'invalid-json' };
  }
}
