import { messageFromJson, parseEml } from '../mime';
import type { MessageOutcome } from './input-error';

/**
 * A message from one JSON record: `{raw}` holds the full RFC 822 text and is parsed as an .eml;
 * any other record is read as `{id, subject, from, to, cc, date, body}`.
 */
export async function messageFromRecord(record: unknown): Promise<MessageOutcome> {
  if (isRecord(record) && 'raw' in record) {
    const { raw } = record;
    if (typeof raw !== 'string') return { ok: false, error: 'invalid-raw' };
    return parseEml(raw);
  }
  return messageFromJson(record);
}

/** Whether a parsed JSON value is an object with fields (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
