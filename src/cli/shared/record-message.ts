import { asSourceId } from '../../core';
import { messageFromJson, parseEml } from '../../mime';
import type { MessageOutcome } from './input-error';

/**
 * A message from one JSON record: `{raw}` holds the full RFC 822 text and is parsed as an .eml
 * (an `id` beside it is the message's id, echoed in the output, rather than its Message-ID);
 * any other record is read as `{id, subject, from, to, cc, date, body}`.
 */
export async function messageFromRecord(record: unknown): Promise<MessageOutcome> {
  if (isRecord(record) && 'raw' in record) {
    const { raw } = record;
    if (typeof raw !== 'string') return { ok: false, error: 'invalid-raw' };
    const parsed = await parseEml(raw);
    const id = givenId(record['id']);
    if (!parsed.ok || id === undefined) return parsed;
    return { ...parsed, message: { ...parsed.message, id: asSourceId(id) } };
  }
  return messageFromJson(record);
}

/** Whether a parsed JSON value is an object with fields (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record's own id: a non-empty string or a number. */
function givenId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
