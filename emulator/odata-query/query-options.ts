import { failure, success, type Outcome } from '../http/exchange';
import { invalidRequest } from '../http/graph-error';

/** One `$orderby` key. */
export interface OrderKey {
  readonly path: string;
  readonly descending: boolean;
}

/** One `$expand` item with its nested options, e.g. `fields($select=a,b)`. */
export interface ExpandItem {
  readonly name: string;
  readonly options: ReadonlyMap<string, string>;
}

/** Reads a `$` query option regardless of case (`$skipToken` and `$skiptoken` both occur). */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of query) {
    if (key.toLowerCase() === wanted || key.toLowerCase() === wanted.slice(1)) return value;
  }
  return undefined;
}

/** Parses `$top` within bounds; a missing value gives the default page size. */
export function parseTop(query: URLSearchParams, fallback: number, max: number): Outcome<number> {
  const text = queryOption(query, '$top');
  if (text === undefined) return success(fallback);
  if (!/^\d+$/.test(text)) return failure(invalidRequest(`Invalid value '${text}' for $top.`));
  return success(Math.max(1, Math.min(Number(text), max)));
}

/** Parses `$orderby`. */
export function parseOrderBy(text: string | undefined): Outcome<OrderKey[]> {
  if (text === undefined || text.trim() === '') return success([]);
  const keys: OrderKey[] = [];
  for (const part of text.split(',')) {
    const words = part.trim().split(/\s+/);
    const path = words[0] ?? '';
    const direction = (words[1] ?? 'asc').toLowerCase();
    if (path === '' || words.length > 2 || (direction !== 'asc' && direction !== 'desc')) {
      return failure(invalidRequest(`Invalid $orderby clause '${part.trim()}'.`));
    }
    keys.push({ path, descending: direction === 'desc' });
  }
  return success(keys);
}

/** Parses `$select` into property names. */
export function parseSelect(text: string | undefined): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Parses `$expand`, splitting at top-level commas and `;`-separated nested options. */
export function parseExpand(text: string | undefined): Outcome<ExpandItem[]> {
  if (text === undefined || text.trim() === '') return success([]);
  const items: ExpandItem[] = [];
  for (const part of splitTopLevel(text, ',')) {
    const match = /^\s*([\w.]+)\s*(?:\((.*)\))?\s*$/s.exec(part);
    if (match === null) return failure(invalidRequest(`Invalid $expand clause '${part}'.`));
    const options = new Map<string, string>();
    for (const option of splitTopLevel(match[2] ?? '', ';')) {
      const equals = option.indexOf('=');
      if (option.trim() === '') continue;
      if (equals < 0) return failure(invalidRequest(`Invalid $expand option '${option}'.`));
      options.set(option.slice(0, equals).trim().toLowerCase(), option.slice(equals + 1).trim());
    }
    items.push({ name: match[1] ?? '', options });
  }
  return success(items);
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth -= 1;
    else if (!quoted && depth === 0 && char === separator) {
      parts.push(text.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== '');
}
