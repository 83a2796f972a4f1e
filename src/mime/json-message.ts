import { asSourceId } from '../core/vocabulary';
import type { Message, Party } from '../core';
import { conversationIdOf } from './conversation-id';
import { parseMailDate } from './mail-date';
import { partiesFromJson } from './json-parties';
import { textOf, type UnreadField, type UnreadFieldCode } from './unread-field';

/**
 * Why a JSON record is not a message: not an object, or no usable `id`. The field codes are
 * the reasons a field was not read ({@link UnreadFieldCode}); such a record is still a message.
 */
export type JsonMessageError = 'not-an-object' | 'missing-id' | 'invalid-id' | UnreadFieldCode;

/** The outcome of reading a JSON record: the message with the fields it could not read, or why not. */
export type JsonMessageResult =
  | { readonly ok: true; readonly message: Message; readonly unread: readonly UnreadField[] }
  | { readonly ok: false; readonly error: JsonMessageError };

type Field<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Reads an exported mail record `{id, subject, from, to, cc, date, body}` into a `Message`.
 * `id` is required (a non-empty string or a number); the rest may be absent. `from`, `to` and
 * `cc` are `"Name <address>"` strings or arrays of them (a name alone is a party without an
 * address); `date` is ISO 8601, RFC 2822 or a Dutch date; `body` is plain text (`text` is read
 * when `body` is absent). A field that cannot be read (a redacted address, OCR junk for a date,
 * a number for a subject) is left out and listed in `unread` with its text: exported and
 * redacted mail is still assessed.
 */
export function messageFromJson(record: unknown): JsonMessageResult {
  if (!isRecord(record)) return { ok: false, error: 'not-an-object' };
  if (record['id'] === undefined || record['id'] === null)
    return { ok: false, error: 'missing-id' };
  const id = readId(record['id']);
  if (!id.ok) return { ok: false, error: 'invalid-id' };
  const unread: UnreadField[] = [];
  const { subject, from, to, cc, date, body } = readFields(record, unread);
  const conversationId = conversationIdOf({ subject });
  return {
    ok: true,
    message: {
      kind: 'mail',
      id: asSourceId(id.value),
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
    unread,
  };
}

interface RecordFields {
  readonly subject: string;
  readonly from: Party | undefined;
  readonly to: Party[];
  readonly cc: Party[];
  readonly date: Date | undefined;
  readonly body: string;
}

function readFields(record: Record<string, unknown>, unread: UnreadField[]): RecordFields {
  const note = (code: UnreadFieldCode, value: unknown): void => {
    unread.push({ code, text: textOf(value) });
  };
  const field = <T>(
    key: string,
    read: (value: unknown) => Field<T>,
    code: UnreadFieldCode,
    fallback: T,
  ): T => {
    const value = record[key];
    const result = read(value);
    if (result.ok) return result.value;
    note(code, value);
    return fallback;
  };
  const parties = (key: string, code: UnreadFieldCode): Party[] => {
    const read = partiesFromJson(record[key]);
    if (read.unreadable) note(code, record[key]);
    return read.parties;
  };
  // In the order of the record's fields, so the note lists them as the export does.
  const subject = field('subject', readText, 'invalid-subject', '').trim();
  const from = parties('from', 'invalid-from');
  if (from.length > 1) note('invalid-from', record['from']);
  const to = parties('to', 'invalid-to');
  const cc = parties('cc', 'invalid-cc');
  const date = field('date', readDate, 'invalid-date', undefined);
  const body = field(record['body'] === undefined ? 'text' : 'body', readText, 'invalid-body', '');
  return { subject, from: from[0], to, cc, date, body };
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

function readDate(value: unknown): Field<Date | undefined> {
  if (value === undefined || value === null || value === '') return { ok: true, value: undefined };
  const date = typeof value === 'string' ? parseMailDate(value) : undefined;
  return date === undefined ? { ok: false } : { ok: true, value: date };
}
