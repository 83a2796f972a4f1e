import { asSourceId } from '../core/ids';
import type { Message, Party } from '../core/message';
import { conversationIdOf } from './conversation-id';
import { parseMailDate } from './mail-date';
import { partiesFromText } from './parties';

/** Why a JSON record is not a message: the field that is missing or not what it should be. */
export type JsonMessageError =
  | 'not-an-object'
  | 'missing-id'
  | 'invalid-id'
  | 'invalid-subject'
  | 'invalid-from'
  | 'invalid-to'
  | 'invalid-cc'
  | 'invalid-date'
  | 'invalid-body';

/** The outcome of reading a JSON record: the message, or the first field that is wrong. */
export type JsonMessageResult =
  | { readonly ok: true; readonly message: Message }
  | { readonly ok: false; readonly error: JsonMessageError };

type Field<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Reads an exported mail record `{id, subject, from, to, cc, date, body}` into a `Message`.
 * `id` is required (a non-empty string or a number); the rest may be absent. `from`, `to` and
 * `cc` are `"Name <address>"` strings or arrays of them, each holding a real address; `date` is
 * ISO 8601 or RFC 2822; `body` is plain text (`text` is read when `body` is absent).
 */
export function messageFromJson(record: unknown): JsonMessageResult {
  if (!isRecord(record)) return { ok: false, error: 'not-an-object' };
  const fields = readFields(record);
  if ('error' in fields) return { ok: false, error: fields.error };
  const { id, subject, from, to, cc, date, body } = fields;
  const conversationId = conversationIdOf({ subject });
  return {
    ok: true,
    message: {
      kind: 'mail',
      id: asSourceId(id),
      ...(conversationId === undefined ? {} : { conversationId }),
      subject,
      ...(from === undefined ? {} : { from }),
      to,
      cc,
      ...(date === undefined ? {} : { sent: date }),
      bodyText: body,
      headers: {},
      attachments: [],
    },
  };
}

interface RecordFields {
  readonly id: string;
  readonly subject: string;
  readonly from: Party | undefined;
  readonly to: Party[];
  readonly cc: Party[];
  readonly date: Date | undefined;
  readonly body: string;
}

function readFields(record: Record<string, unknown>): RecordFields | { error: JsonMessageError } {
  if (record['id'] === undefined || record['id'] === null) return { error: 'missing-id' };
  const id = readId(record['id']);
  const subject = readText(record['subject']);
  const from = readParties(record['from']);
  const to = readParties(record['to']);
  const cc = readParties(record['cc']);
  const date = readDate(record['date']);
  const body = readText(record['body'] ?? record['text']);
  if (!id.ok) return { error: 'invalid-id' };
  if (!subject.ok) return { error: 'invalid-subject' };
  if (!from.ok || from.value.length > 1) return { error: 'invalid-from' };
  if (!to.ok) return { error: 'invalid-to' };
  if (!cc.ok) return { error: 'invalid-cc' };
  if (!date.ok) return { error: 'invalid-date' };
  if (!body.ok) return { error: 'invalid-body' };
  const fields = { id: id.value, subject: subject.value.trim(), from: from.value[0] };
  return { ...fields, to: to.value, cc: cc.value, date: date.value, body: body.value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readId(value: unknown): Field<string> {
  if (typeof value === 'number' && Number.isFinite(value))
    return { ok: true, value: String(value) };
  if (typeof value === 'string' && value.trim() !== '') return { ok: true, value: value.trim() };
  return { ok: false };
}

function readText(value: unknown): Field<string> {
  if (value === undefined || value === null) return { ok: true, value: '' };
  return typeof value === 'string' ? { ok: true, value } : { ok: false };
}

function readParties(value: unknown): Field<Party[]> {
  if (value === undefined || value === null || value === '') return { ok: true, value: [] };
  const texts: unknown[] = Array.isArray(value) ? value : [value];
  const parties: Party[] = [];
  for (const text of texts) {
    if (typeof text !== 'string') return { ok: false };
    const found = partiesFromText(text);
    if (found.length === 0 || found.some((party) => !isAddress(party.address)))
      return { ok: false };
    parties.push(...found);
  }
  return { ok: true, value: parties };
}

function isAddress(address: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address);
}

function readDate(value: unknown): Field<Date | undefined> {
  if (value === undefined || value === null || value === '') return { ok: true, value: undefined };
  const date = typeof value === 'string' ? parseMailDate(value) : undefined;
  return date === undefined ? { ok: false } : { ok: true, value: date };
}
