import { failure, success, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import { READ_ONLY_FIELDS, WRITABLE_BUILT_INS } from '../../graph/list-item-fields';
import type { ColumnRecord, FieldValue } from '../../store/records';
import { MAX_SINGLE_LINE, maxTextLength } from './column-definition';

/**
 * Checks field values against the list's columns, as SharePoint does: a field the list does not
 * have is 400 invalidRequest, and values are converted to the column's type.
 */
export function validateFields(
  columns: readonly ColumnRecord[],
  input: Readonly<Record<string, unknown>>,
): Outcome<Record<string, FieldValue>> {
  const values: Record<string, FieldValue> = {};
  for (const [name, raw] of Object.entries(input)) {
    if (name.startsWith('@')) continue;
    if (READ_ONLY_FIELDS.includes(name))
      return failure(invalidRequest(`Field '${name}' is read-only`));
    const column = columns.find((candidate) => candidate.name === name);
    if (column === undefined && !WRITABLE_BUILT_INS.includes(name)) {
      return failure(invalidRequest(`Field '${name}' is not recognized`));
    }
    const value = column === undefined ? textValue(raw) : convert(column, raw);
    if (value === undefined)
      return failure(invalidRequest(`The value for field '${name}' is not valid for its type.`));
    const limit = column === undefined ? MAX_SINGLE_LINE : maxTextLength(column);
    if (typeof value === 'string' && limit !== undefined && value.length > limit)
      return failure(tooLong(name, limit));
    values[name] = value;
  }
  return success(values);
}

/**
 * A single line of text holds at most 255 characters (its `maxLength`); SharePoint refuses a
 * longer value rather than cut it. Graph's error for it is not documented; the record system
 * answers 400 invalidRequest.
 */
function tooLong(name: string, limit: number) {
  return invalidRequest(
    `The value for field '${name}' is longer than the ${limit} characters the column holds.`,
  );
}

function convert(column: ColumnRecord, raw: unknown): FieldValue | undefined {
  if (raw === null) return null;
  switch (column.type) {
    case 'text':
    case 'note':
      return textValue(raw);
    case 'number':
      return numberValue(raw);
    case 'boolean':
      return raw === true || raw === 'true'
        ? true
        : raw === false || raw === 'false'
          ? false
          : undefined;
    case 'dateTime':
      return dateValue(raw);
    case 'choice':
      return typeof raw === 'string' && (column.choices ?? []).includes(raw) ? raw : undefined;
  }
}

function textValue(raw: unknown): FieldValue | undefined {
  if (raw === null) return null;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

function numberValue(raw: unknown): number | undefined {
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function dateValue(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
