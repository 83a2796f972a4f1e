import type { GraphClient, GraphHttpRequest } from '../graph-client';
import { isListThresholdError } from '../list-threshold';
import { fetchAllPages, fetchPage } from '../paging';
import type { GraphListItem } from '../wire-types';
import { drivingFilter, filedAtOf, meetsQuery, type RecordQuery } from './record-conditions';

/** A page of records meeting a query, in filing order, and where the next one starts. */
export interface RecordsPage<T extends GraphListItem> {
  readonly items: readonly T[];
  /** Opaque: pass it back for the next page. */
  readonly cursor?: string;
}

/** How many library items one walk step reads, and how many steps a page may take at most. */
const WALK_PAGE = 500;
const WALK_STEPS = 10;
/** The most items one filtered query may return (SharePoint's list view threshold). */
const SET_LIMIT = 5000;

/**
 * One page of the records that meet a query, newest (or oldest) first, under SharePoint's rules
 * for large lists. The query is sent with one indexed field (see `drivingFilter`) without
 * `$orderby`; the answer (at most 5,000 records) is sorted and filtered on the client and
 * served a page at a time. When that field matches more than 5,000 records SharePoint refuses
 * the filter, and the library is walked instead along its indexed filing time (`$orderby` on
 * `BronvastFiledAt`, no filter), filtered here, until a page is full. Either way the cost of a
 * page is one request (set) or a few (walk), at any library size.
 */
export async function pageRecords<T extends GraphListItem>(
  client: GraphClient,
  request: GraphHttpRequest,
  query: RecordQuery,
  cursor?: string,
): Promise<RecordsPage<T>> {
  const top = query.top ?? 50;
  const filter = drivingFilter(query);
  if (!cursor?.startsWith('walk:') && filter !== undefined) {
    const offset = cursor?.startsWith('set:') ? Number(cursor.slice(4)) || 0 : 0;
    try {
      return await setPage<T>(client, request, query, filter, offset, top);
    } catch (error: unknown) {
      if (!isListThresholdError(error)) throw error;
    }
  }
  return walkPage<T>(
    client,
    request,
    query,
    cursor?.startsWith('walk:') ? cursor.slice(5) : undefined,
    top,
  );
}

async function setPage<T extends GraphListItem>(
  client: GraphClient,
  request: GraphHttpRequest,
  query: RecordQuery,
  filter: string,
  offset: number,
  top: number,
): Promise<RecordsPage<T>> {
  const all = await fetchAllPages<T>(client, {
    ...request,
    query: { ...request.query, $filter: filter, $top: String(SET_LIMIT) },
  });
  const sign = query.order === 'oldest-first' ? 1 : -1;
  const sorted = all
    .filter((item) => meetsQuery(item, query))
    .sort((a, b) => sign * ((filedAtOf(a.fields ?? {}) ?? 0) - (filedAtOf(b.fields ?? {}) ?? 0)));
  const items = sorted.slice(offset, offset + top);
  return {
    items,
    ...(offset + top < sorted.length ? { cursor: `set:${offset + top}` } : {}),
  };
}

async function walkPage<T extends GraphListItem>(
  client: GraphClient,
  request: GraphHttpRequest,
  query: RecordQuery,
  from: string | undefined,
  top: number,
): Promise<RecordsPage<T>> {
  const oldestFirst = query.order === 'oldest-first';
  const walk: GraphHttpRequest = {
    ...request,
    query: {
      ...request.query,
      $orderby: `fields/BronvastFiledAt ${oldestFirst ? 'asc' : 'desc'}`,
      $top: String(Math.max(top, WALK_PAGE)),
    },
  };
  const items: T[] = [];
  let link = from;
  let past = false;
  for (let step = 0; step < WALK_STEPS; step += 1) {
    const page = await fetchPage<T>(client, walk, link);
    items.push(...page.items.filter((item) => meetsQuery(item, query)));
    link = page.nextLink;
    past = pastRange(page.items, query);
    if (link === undefined || items.length >= top || past) break;
  }
  return { items, ...(link !== undefined && !past ? { cursor: `walk:${link}` } : {}) };
}

/** Whether the walk has gone past the query's time range (nothing later can meet it). */
function pastRange(items: readonly GraphListItem[], query: RecordQuery): boolean {
  const last = items.at(-1);
  const time = last === undefined ? undefined : filedAtOf(last.fields ?? {});
  if (time === undefined) return false;
  return query.order === 'oldest-first'
    ? query.filedTo !== undefined && time > query.filedTo.getTime()
    : query.filedFrom !== undefined && time < query.filedFrom.getTime();
}
