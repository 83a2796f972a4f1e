import type { Readable } from 'node:stream';
import { failure, success, type Outcome } from './exchange';
import { graphError, invalidRequest } from './graph-error';

const JSON_LIMIT = 4 * 1024 * 1024;

/** Reads a whole body into memory; only for JSON and small payloads. */
export async function readBuffer(body: Readable, limit = JSON_LIMIT): Promise<Outcome<Buffer>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit)
      return failure(graphError(413, 'requestTooLarge', 'The request body is too large.'));
    chunks.push(buffer);
  }
  return success(Buffer.concat(chunks));
}

/** Reads and parses a JSON object body; an empty body is `{}`. */
export async function readJsonObject(body: Readable): Promise<Outcome<Record<string, unknown>>> {
  const read = await readBuffer(body);
  if (!read.ok) return read;
  const text = read.value.toString('utf8').trim();
  if (text === '') return success({});
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return failure(invalidRequest('Invalid request body: the body is not valid JSON.'));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return failure(invalidRequest('Invalid request body: a JSON object was expected.'));
  }
  return success(toRecord(parsed));
}

/** Narrows an unknown value to a plain record, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? toRecord(value)
    : undefined;
}

function toRecord(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value));
}
