import { failure, success, type Outcome } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import type { MessageRecord } from '../../store/messages';
import { normalizePropertyId } from './mail-query';

const bad = (message: string) =>
  failure<MessageRecord>(graphError(400, 'ErrorInvalidProperty', message));

/** Applies a message PATCH: categories, isRead, importance and singleValueExtendedProperties. */
export function applyMessagePatch(
  message: MessageRecord,
  body: Readonly<Record<string, unknown>>,
): Outcome<MessageRecord> {
  let next: MessageRecord = { ...message, version: message.version + 1 };
  for (const [name, value] of Object.entries(body)) {
    if (name === 'categories') {
      if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string'))
        return bad('categories must be an array of strings.');
      next = { ...next, categories: value };
    } else if (name === 'isRead') {
      if (typeof value !== 'boolean') return bad('isRead must be true or false.');
      next = { ...next, isRead: value };
    } else if (name === 'importance') {
      if (value !== 'low' && value !== 'normal' && value !== 'high')
        return bad('importance must be low, normal or high.');
      next = { ...next, importance: value };
    } else if (name === 'singleValueExtendedProperties') {
      const merged = mergeProperties(next.singleValueExtendedProperties, value);
      if (merged === undefined)
        return bad('singleValueExtendedProperties must be an array of {id, value} strings.');
      next = { ...next, singleValueExtendedProperties: merged };
    } else if (!name.startsWith('@')) {
      return bad(`The property '${name}' cannot be changed on a received or sent message.`);
    }
  }
  return success(next);
}

function mergeProperties(
  current: MessageRecord['singleValueExtendedProperties'],
  value: unknown,
): MessageRecord['singleValueExtendedProperties'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const merged = [...current];
  for (const entry of value) {
    const id: unknown =
      typeof entry === 'object' && entry !== null
        ? (entry as Record<string, unknown>)['id']
        : undefined;
    const text: unknown =
      typeof entry === 'object' && entry !== null
        ? (entry as Record<string, unknown>)['value']
        : undefined;
    if (typeof id !== 'string' || typeof text !== 'string') return undefined;
    const at = merged.findIndex(
      (property) => normalizePropertyId(property.id) === normalizePropertyId(id),
    );
    if (at >= 0) merged[at] = { id: merged[at]?.id ?? id, value: text };
    else merged.push({ id, value: text });
  }
  return merged;
}
