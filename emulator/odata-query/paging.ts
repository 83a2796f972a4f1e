import type { EmulatorRequest } from '../http/exchange';
import { failure, success, type Outcome } from '../http/exchange';
import { invalidRequest } from '../http/graph-error';
import { queryOption } from './query-options';

/** The base path every Graph URL of the emulator starts with. */
export const BASE_PATH = '/v1.0';

/** Reads the offset an opaque `$skiptoken` stands for (0 without one). */
export function readSkipToken(query: URLSearchParams): Outcome<number> {
  const token = queryOption(query, '$skiptoken');
  if (token === undefined) return success(0);
  const match = /^Paged=TRUE&p_Offset=(\d+)$/.exec(
    Buffer.from(token, 'base64url').toString('utf8'),
  );
  if (match === null) return failure(invalidRequest('The $skiptoken is not valid.'));
  return success(Number(match[1]));
}

/** One page of a collection and the absolute link to the next one, if any. */
export function pageOf<T>(
  request: EmulatorRequest,
  all: readonly T[],
  offset: number,
  size: number,
): { page: T[]; nextLink?: string } {
  const page = all.slice(offset, offset + size);
  if (offset + size >= all.length) return { page };
  const query = new URLSearchParams();
  for (const [key, value] of request.query) {
    if (key.toLowerCase() !== '$skiptoken') query.append(key, value);
  }
  const token = Buffer.from(`Paged=TRUE&p_Offset=${offset + size}`, 'utf8').toString('base64url');
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
