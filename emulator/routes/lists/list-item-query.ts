import type { GraphContext } from '../../context';
import { failure, success, type EmulatorResponse, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import { json } from '../../http/respond';
import { evaluateFilter } from '../../odata-query/filter-eval';
import { parseFilter, type FilterNode } from '../../odata-query/filter-parser';
import { collection, contextUrl, pageOf, readSkipToken } from '../../odata-query/paging';
import {
  parseExpand,
  parseOrderBy,
  parseSelect,
  parseTop,
  queryOption,
  type OrderKey,
} from '../../odata-query/query-options';
import { sortByKeys } from '../../odata-query/sort';
import { listItemResolver } from '../../graph/list-item-fields';
import { countIndexMatches } from '../../store/index-count';
import {
  checkListQuery,
  LIST_VIEW_THRESHOLD,
  thresholdRefusal,
  type CheckedQuery,
} from './list-query-rules';
import { listItemJson, type FieldsExpansion } from '../../graph/list-item-json';
import { findListItem, holdsMoreThan, listItems } from '../../store/list-items';
import type { ColumnRecord, ListItemRecord, ListRecord, SiteRecord } from '../../store/records';
import { listColumns } from '../../store/sites';
import { plannedIds, type PlannedIds } from './list-item-plan';
import { selectProperties } from '../select-properties';

const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';
const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;

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
  const parsed = parseListQuery(context, columns);
  if (!parsed.ok) return parsed.response;
  const { filter, order, fields, top, offset, select, checked } = parsed.value;
  const resolverOf = (item: ListItemRecord) => listItemResolver(context.store, list, item);
  if (holdsMoreThan(context.store, list.id, LIST_VIEW_THRESHOLD)) {
    const refused = thresholdRefusal(checked, filter !== undefined, () =>
      countMatches(context, list, checked, filter, resolverOf),
    );
    if (refused !== undefined) return refused;
  }
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

/** How many items match, counted up to just above the threshold. */
function countMatches(
  context: GraphContext,
  list: ListRecord,
  checked: CheckedQuery,
  filter: FilterNode | undefined,
  resolverOf: (item: ListItemRecord) => (path: string) => unknown,
): number {
  if (filter === undefined) return 0;
  const limit = LIST_VIEW_THRESHOLD + 1;
  const fromIndex =
    checked.indexed === undefined
      ? undefined
      : countIndexMatches(context.store, list.id, checked.indexed, filter, limit);
  if (fromIndex !== undefined) return fromIndex;
  let count = 0;
  for (const item of listItems(context.store, list.id)) {
    if (evaluateFilter(filter, resolverOf(item)) && ++count >= limit) break;
  }
  return count;
}

function parseListQuery(
  context: GraphContext,
  columns: readonly ColumnRecord[],
): Outcome<ListQuery & { readonly checked: CheckedQuery }> {
  const { query, headers } = context.request;
  const filter = parseFilterOption(queryOption(query, '$filter'));
  if (!filter.ok) return filter;
  const order = parseOrderBy(queryOption(query, '$orderby'));
  if (!order.ok) return order;
  const checked = checkListQuery(
    filter.value,
    order.value,
    columns,
    (headers['prefer'] ?? '').toLowerCase().includes(HONOR_NON_INDEXED),
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
    checked: checked.value,
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
