import { createReadStream } from 'node:fs';

/** One non-blank line of a JSONL file: its parsed value, or why it cannot be used. */
export type JsonLine =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: 'invalid-json' | 'line-too-large' };

/**
 * The lines of a JSONL file one at a time, so a file of any size is read in constant memory:
 * a line longer than `maxLineBytes` is not kept but named (`line-too-large`). Line numbers count
 * from 1 and include blank lines, which are skipped. Throws when the file cannot be read (failed
 * I/O), also when that happens half-way.
 */
export async function* readJsonLines(
  path: string,
  maxLineBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<JsonLine> {
  let line = 0;
  for await (const text of readLines(path, maxLineBytes)) {
    line += 1;
    if (text === null) yield { line, error: 'line-too-large' };
    else if (text.trim() !== '') yield parseLine(line, text);
  }
}

/** The lines of a file (without `\n` or `\r\n`); null for a line longer than `max` bytes. */
async function* readLines(path: string, max: number): AsyncGenerator<string | null> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const finish = (): string | null => {
    const text = tooLong ? null : Buffer.concat(parts, length).toString('utf8');
    parts = [];
    length = 0;
    tooLong = false;
    return text === null ? null : text.replace(/\r$/, '');
  };
  for await (const chunk of createReadStream(path)) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    let start = 0;
    for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(bytes.subarray(start));
  }
  if (length > 0 || tooLong) yield finish();

  function keep(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    if (length + piece.length > max) {
      tooLong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(piece);
    length += piece.length;
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
