import type { GraphContext } from '../context';
import { failure, success, type EmulatorResponse, type Outcome } from '../http/exchange';
import { invalidRequest } from '../http/graph-error';
import { json } from '../http/respond';
import { evaluateFilter } from '../odata-query/filter-eval';
import { filterPaths, parseFilter, type FilterNode } from '../odata-query/filter-parser';
import { collection, contextUrl, pageOf, readSkipToken } from '../odata-query/paging';
import {
  parseExpand,
  parseOrderBy,
  parseSelect,
  parseTop,
  queryOption,
  type OrderKey,
} from '../odata-query/query-options';
import { sortByKeys } from '../odata-query/sort';
import { BUILT_IN_FIELDS, listItemResolver } from '../graph/list-item-fields';
import { listItemJson, type FieldsExpansion } from '../graph/list-item-json';
import { findListItem, holdsMoreThan, listItems } from '../store/list-items';
import type { ColumnRecord, ListItemRecord, ListRecord, SiteRecord } from '../store/records';
import { listColumns } from '../store/sites';
import { plannedIds, type PlannedIds } from './list-item-plan';
import { selectProperties } from './select-properties';

const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';
const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;
const LIST_VIEW_THRESHOLD = 5000;

/** The parsed query options of a list item query. */
interface ListQuery {
  readonly filter: FilterNode | undefined;
  readonly order: readonly OrderKey[];
  readonly fields: FieldsExpansion;
  readonly top: number;
  readonly offset: number;
  readonly select: readonly string[] | undefined;
}

/** `GET .../lists/{list}/items` with $filter, $orderby, $top, $select, $expand and paging. */
export function queryListItems(
  context: GraphContext,
  site: SiteRecord,
  list: ListRecord,
): EmulatorResponse {
  const columns = listColumns(context.store, list.id);
  const parsed = parseListQuery(context, columns, () =>
    holdsMoreThan(context.store, list.id, LIST_VIEW_THRESHOLD),
  );
  if (!parsed.ok) return parsed.response;
  const { filter, order, fields, top, offset, select } = parsed.value;
  const resolverOf = (item: ListItemRecord) => listItemResolver(context.store, list, item);
  const matches = (item: ListItemRecord) =>
    context.access.may({ kind: 'item', list, item }, 'read') &&
    (filter === undefined || evaluateFilter(filter, resolverOf(item)));
  const planned = plannedIds(context.store, list, columns, filter, order);
  const ordered =
    planned === undefined
      ? sortByKeys(listItems(context.store, list.id).filter(matches), order, resolverOf)
      : firstMatches(context, list, planned, matches, offset + top + 1);
  const { page, nextLink } = pageOf(context.request, ordered, offset, top);
  const values = page.map((item) =>
    selectProperties(
      listItemJson(context.store, site, list, item, fields),
      select && [...select, 'fields'],
    ),
  );
  const contextPath = `sites('${site.id}')/lists('${list.id}')/items`;
  return json(200, collection(contextUrl(context.request, contextPath), values, nextLink));
}

/** Reads planned items a chunk at a time until `wanted` of them match (a page and one more). */
function firstMatches(
  context: GraphContext,
  list: ListRecord,
  ids: PlannedIds,
  matches: (item: ListItemRecord) => boolean,
  wanted: number,
): ListItemRecord[] {
  const found: ListItemRecord[] = [];
  let chunk = Math.max(wanted, 100);
  for (let offset = 0; found.length < wanted; offset += chunk, chunk *= 2) {
    const page = ids(offset, chunk);
    for (const id of page) {
      const item = findListItem(context.store, list.id, id);
      if (item !== undefined && matches(item)) found.push(item);
      if (found.length >= wanted) break;
    }
    if (page.length < chunk) break;
  }
  return found;
}

function parseListQuery(
  context: GraphContext,
  columns: readonly ColumnRecord[],
  aboveThreshold: () => boolean,
): Outcome<ListQuery> {
  const { query, headers } = context.request;
  const filter = parseFilterOption(queryOption(query, '$filter'));
  if (!filter.ok) return filter;
  const order = parseOrderBy(queryOption(query, '$orderby'));
  if (!order.ok) return order;
  const paths = [
    ...(filter.value === undefined ? [] : filterPaths(filter.value)),
    ...order.value.map((key) => key.path),
  ];
  const checked = checkPaths(
    paths,
    columns,
    (headers['prefer'] ?? '').toLowerCase().includes(HONOR_NON_INDEXED),
    aboveThreshold,
  );
  if (!checked.ok) return checked;
  const fields = fieldsExpansion(queryOption(query, '$expand'));
  if (!fields.ok) return fields;
  const top = parseTop(query, DEFAULT_PAGE, MAX_PAGE);
  if (!top.ok) return top;
  const offset = readSkipToken(query);
  if (!offset.ok) return offset;
  const select = parseSelect(queryOption(query, '$select'));
  return success({
    filter: filter.value,
    order: order.value,
    fields: fields.value,
    top: top.value,
    offset: offset.value,
    select,
  });
}

function parseFilterOption(text: string | undefined): Outcome<FilterNode | undefined> {
  if (text === undefined || text.trim() === '') return success(undefined);
  const parsed = parseFilter(text);
  return parsed.ok
    ? success(parsed.node)
    : failure(invalidRequest(`Invalid filter clause: ${parsed.error}.`));
}

/** Reads `$expand=fields` or `fields($select=a,b)`; other expansions of list items are not served. */
export function fieldsExpansion(text: string | undefined): Outcome<FieldsExpansion> {
  const expand = parseExpand(text);
  if (!expand.ok) return expand;
  let result: FieldsExpansion = { expand: false };
  for (const item of expand.value) {
    if (item.name !== 'fields')
      return failure(
        invalidRequest(
          `Could not find a property named '${item.name}' on type 'microsoft.graph.listItem' that can be expanded.`,
        ),
      );
    const select = parseSelect(item.options.get('$select'));
    result = select === undefined ? { expand: true } : { expand: true, select };
  }
  return success(result);
}

// SharePoint's list view threshold: above it, a query on a column without an index is refused
// even with the Prefer header that lets smaller lists be scanned.
function checkPaths(
  paths: readonly string[],
  columns: readonly ColumnRecord[],
  honorNonIndexed: boolean,
  aboveThreshold: () => boolean,
): Outcome<true> {
  for (const path of paths) {
    if (['createdDateTime', 'lastModifiedDateTime', 'id'].includes(path)) continue;
    const name = path.startsWith('fields/') ? path.slice('fields/'.length) : undefined;
    if (name === undefined)
      return failure(
        invalidRequest(`Invalid filter clause: '${path}' is not supported; use fields/{name}.`),
      );
    if (BUILT_IN_FIELDS.includes(name)) continue;
    const column = columns.find((candidate) => candidate.name === name);
    if (column === undefined) return failure(invalidRequest(`Field '${name}' is not recognized`));
    if (!column.indexed && honorNonIndexed && aboveThreshold()) {
      return failure(
        invalidRequest(
          'The attempted operation is prohibited because it exceeds the list view threshold.',
        ),
      );
    }
    if (!column.indexed && !honorNonIndexed) {
      return failure(
        invalidRequest(
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        ),
      );
    }
  }
  return success(true);
}
