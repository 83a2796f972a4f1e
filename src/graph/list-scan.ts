import type { GraphClient, GraphHttpRequest } from './graph-client';
import { isListThresholdError } from './list-threshold';
import { fetchPage } from './paging';
import type { GraphListItem } from './wire-types';

/** A query on one indexed field, and the same condition for the client. */
export interface IndexedFilter<T extends GraphListItem> {
  /** The `$filter` on one indexed column (SharePoint filters one indexed field at a time). */
  readonly filter: string;
  /** Whether an item meets the whole condition (the filter's and any other part). */
  readonly keep: (item: T) => boolean;
}

/**
 * The items of a list that meet a condition, page by page: first with `$filter` on one indexed
 * column, so SharePoint reads only those; when the list is above the list view threshold and
 * that filter still matches more than 5,000 items, SharePoint refuses it, and the list is read
 * whole instead (`$top` per page, no filter; unfiltered paging is never refused) and filtered
 * here. Every page yielded holds only items that `keep` accepts.
 */
export async function* scanList<T extends GraphListItem>(
  client: GraphClient,
  request: GraphHttpRequest,
  condition: IndexedFilter<T>,
): AsyncGenerator<readonly T[]> {
  const filtered = { ...request, query: { ...request.query, $filter: condition.filter } };
  let first;
  try {
    first = await fetchPage<T>(client, filtered);
  } catch (error: unknown) {
    if (!isListThresholdError(error)) throw error;
    yield* pages(client, request, undefined, condition.keep);
    return;
  }
  yield first.items.filter(condition.keep);
  if (first.nextLink !== undefined) yield* pages(client, filtered, first.nextLink, condition.keep);
}

/** Every item of {@link scanList}, in one array (lists that stay small per condition). */
export async function scanListAll<T extends GraphListItem>(
  client: GraphClient,
  request: GraphHttpRequest,
  condition: IndexedFilter<T>,
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of scanList(client, request, condition)) all.push(...page);
  return all;
}

async function* pages<T extends GraphListItem>(
  client: GraphClient,
  request: GraphHttpRequest,
  from: string | undefined,
  keep: (item: T) => boolean,
): AsyncGenerator<readonly T[]> {
  let nextLink = from;
  do {
    const page = await fetchPage<T>(client, request, nextLink);
    yield page.items.filter(keep);
    nextLink = page.nextLink;
  } while (nextLink !== undefined);
}
