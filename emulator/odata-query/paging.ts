import type { EmulatorRequest } from '../http/exchange';
import { failure, success, type Outcome } from '../http/exchange';
import { invalidRequest } from '../http/graph-error';
import { queryOption } from './query-options';

/** The base path every Graph URL of the emulator starts with. */
export const BASE_PATH = '/v1.0';

// Graph's `@odata.nextLink` is opaque to clients ("you should not try to extract or parse the
// value", https://learn.microsoft.com/en-us/graph/paging): the record system's token carries the
// offset of the next page and, for list item walks, where in the walk the page ended.
const TOKEN = /^Paged=TRUE&p_Offset=(\d+)(?:&p_Position=(\d+))?$/;

function decodeToken(query: URLSearchParams): RegExpExecArray | null | undefined {
  const token = queryOption(query, '$skiptoken');
  if (token === undefined) return undefined;
  return TOKEN.exec(Buffer.from(token, 'base64url').toString('utf8'));
}

/** Reads the offset an opaque `$skiptoken` stands for (0 without one). */
export function readSkipToken(query: URLSearchParams): Outcome<number> {
  const match = decodeToken(query);
  if (match === undefined) return success(0);
  if (match === null) return failure(invalidRequest('The $skiptoken is not valid.'));
  return success(Number(match[1]));
}

/** Where in a walk the token's page starts (see {@link pageOf}'s `position`), if it says. */
export function readSkipPosition(query: URLSearchParams): number | undefined {
  const position = decodeToken(query)?.[2];
  return position === undefined ? undefined : Number(position);
}

/**
 * One page of a collection and the absolute link to the next, if any. `all` holds the items from
 * `offset` on when `position` is given: the walk's place after this page, so the next page is read
 * from there rather than from the start.
 */
export function pageOf<T>(
  request: EmulatorRequest,
  all: readonly T[],
  offset: number,
  size: number,
  position?: number,
): { page: T[]; nextLink?: string } {
  const from = position === undefined ? offset : 0;
  const page = all.slice(from, from + size);
  if (from + size >= all.length) return { page };
  const query = new URLSearchParams();
  for (const [key, value] of request.query) {
    if (key.toLowerCase() !== '$skiptoken') query.append(key, value);
  }
  const walk = position === undefined ? '' : `&p_Position=${position}`;
  const token = Buffer.from(`Paged=TRUE&p_Offset=${offset + size}${walk}`, 'utf8').toString(
    'base64url',
  );
  query.append('$skiptoken', token);
  const search = query.toString().replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%2F/g, '/');
  return { page, nextLink: `${request.origin}${BASE_PATH}${request.path}?${search}` };
}

/** The `@odata.context` URL for a path fragment. */
export const contextUrl = (request: EmulatorRequest, fragment: string): string =>
  `${request.origin}${BASE_PATH}/$metadata#${fragment}`;

/** A collection response: context, values and the next link when there is more. */
export function collection(
  context: string,
  values: readonly unknown[],
  nextLink: string | undefined,
): Record<string, unknown> {
  return {
    '@odata.context': context,
    ...(nextLink === undefined ? {} : { '@odata.nextLink': nextLink }),
    value: values,
  };
}
