import type { GraphClient, GraphHttpRequest } from './graph-client';
import { sendJson } from './request';
import type { GraphCollection } from './wire-types';

/** One page of a collection and the link to the next, passed on unchanged. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextLink?: string;
}

/** Fetches one page: the first request, or an `@odata.nextLink` followed unchanged. */
export async function fetchPage<T>(
  client: GraphClient,
  request: GraphHttpRequest,
  nextLink?: string,
): Promise<Page<T>> {
  const page = await sendJson<GraphCollection<T>>(
    client,
    nextLink === undefined
      ? request
      : { method: 'GET', url: nextLink, label: request.label, ...headersOf(request) },
  );
  const link = page['@odata.nextLink'];
  return { items: page.value, ...(link === undefined ? {} : { nextLink: link }) };
}

/** Fetches every page of a collection (registries and lists that stay small). */
export async function fetchAllPages<T>(
  client: GraphClient,
  request: GraphHttpRequest,
): Promise<T[]> {
  const all: T[] = [];
  let nextLink: string | undefined;
  do {
    const page: Page<T> = await fetchPage<T>(client, request, nextLink);
    all.push(...page.items);
    nextLink = page.nextLink;
  } while (nextLink !== undefined);
  return all;
}

function headersOf(request: GraphHttpRequest): Pick<GraphHttpRequest, 'headers'> {
  return request.headers === undefined ? {} : { headers: request.headers };
}
