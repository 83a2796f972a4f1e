import { failure, success, type EmulatorResponse, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import { filterPaths, type FilterNode } from '../../odata-query/filter-parser';
import type { OrderKey } from '../../odata-query/query-options';
import { BUILT_IN_FIELDS } from '../../graph/list-item-fields';
import type { ColumnRecord } from '../../store/records';

/** SharePoint's list view threshold: a query may not need more items than this. */
export const LIST_VIEW_THRESHOLD = 5000;

/** The listItem properties a query may name besides `fields/...`. */
const ITEM_PROPERTIES = ['createdDateTime', 'lastModifiedDateTime', 'id'];

/** What the rules found out about a query that passes them. */
export interface CheckedQuery {
  /** The one indexed column the filter is on; undefined when it names none. */
  readonly indexed: ColumnRecord | undefined;
  /** Whether any path is a column without an index (allowed with the Prefer header). */
  readonly nonIndexed: boolean;
}

/**
 * The rules a list item query must follow, after
 * https://learn.microsoft.com/en-us/graph/api/listitem-list ("You can apply the $filter (eq, ne,
 * lt, gt, le, ge, and startswith) ... When filtering on indexed fields, the service can only
 * filter one indexed field at a time") and SharePoint's list view threshold:
 *
 * 1. A column without an index may be filtered or sorted on only with
 *    `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` (Graph's own 400 message).
 * 2. A filter names at most one indexed column (the stricter reading of "one indexed field at
 *    a time": a second one is refused, not silently ignored).
 * 3. `$orderby` is not among the documented options of the call, and microsoft-graph-docs#14191
 *    (https://github.com/microsoftgraph/microsoft-graph-docs/issues/14191) reports it
 *    unsupported. The stricter reading taken: one key at most, on an indexed column, and when
 *    there is a filter on an indexed column, that same column. Anything else is 400.
 *
 * The threshold itself (rule 4, for lists above 5,000 items) needs the item counts: see
 * {@link thresholdRefusal}.
 */
export function checkListQuery(
  filter: FilterNode | undefined,
  order: readonly OrderKey[],
  columns: readonly ColumnRecord[],
  honorNonIndexed: boolean,
): Outcome<CheckedQuery> {
  const filterColumns: ColumnRecord[] = [];
  let nonIndexed = false;
  const paths = filter === undefined ? [] : filterPaths(filter);
  for (const path of [...paths, ...order.map((key) => key.path)]) {
    const column = columnOf(path, columns);
    if (!column.ok) return column;
    if (column.value === undefined) continue;
    if (!column.value.indexed) {
      if (!honorNonIndexed) return failure(notIndexed(column.value.name));
      nonIndexed = true;
    }
  }
  for (const path of paths) {
    const column = columnOf(path, columns);
    if (column.ok && column.value?.indexed === true && !filterColumns.includes(column.value))
      filterColumns.push(column.value);
  }
  if (filterColumns.length > 1)
    return failure(
      invalidRequest(
        `The filter names the indexed fields ${filterColumns.map((c) => `'${c.name}'`).join(' and ')}; the service can only filter one indexed field at a time.`,
      ),
    );
  const indexed = filterColumns[0];
  const ordered = orderRefusal(order, columns, indexed);
  if (ordered !== undefined) return failure(ordered);
  return success({ indexed, nonIndexed });
}

function orderRefusal(
  order: readonly OrderKey[],
  columns: readonly ColumnRecord[],
  indexed: ColumnRecord | undefined,
): EmulatorResponse | undefined {
  if (order.length > 1)
    return invalidRequest('$orderby takes one key on list items; sort on the client for more.');
  const key = order[0];
  if (key === undefined || ITEM_PROPERTIES.includes(key.path)) return undefined;
  const column = columnOf(key.path, columns);
  const name = column.ok ? column.value?.name : undefined;
  if (column.ok && column.value !== undefined && !column.value.indexed)
    return invalidRequest(`$orderby on '${name ?? key.path}' needs an indexed column.`);
  if (indexed !== undefined && name !== indexed.name)
    return invalidRequest(
      `$orderby on '${name ?? key.path}' cannot go with a filter on the indexed field '${indexed.name}'; order by the filtered field or sort on the client.`,
    );
  return undefined;
}

/**
 * Rule 4, SharePoint's list view threshold, for a list of more than 5,000 items: a query on a
 * column without an index is refused even with the Prefer header, and a filter must narrow the
 * list to at most 5,000 items through its indexed column (a query whose filter "returns more
 * than 5,000 items when it evaluates" fails: pnp/pnpjs#3163,
 * https://github.com/pnp/pnpjs/issues/3163; msgraph-sdk-dotnet#827). Graph answers with
 * `notSupported` and inner code `tooManyResources` ("The request is unprocessable because it
 * uses too many resources", UiPath's documentation of Graph's answer on large lists). The HTTP
 * status is not documented; the record system answers 400, an error not to retry.
 */
export function thresholdRefusal(
  checked: CheckedQuery,
  hasFilter: boolean,
  matches: () => number,
): EmulatorResponse | undefined {
  if (checked.nonIndexed) return tooManyResources();
  if (hasFilter && matches() > LIST_VIEW_THRESHOLD) return tooManyResources();
  return undefined;
}

/** Graph's answer to a query above the list view threshold. */
export function tooManyResources(): EmulatorResponse {
  return {
    status: 400,
    body: {
      kind: 'json',
      value: {
        error: {
          code: 'notSupported',
          message: 'The request is unprocessable because it uses too many resources',
          innerError: { code: 'tooManyResources' },
        },
      },
    },
  };
}

function notIndexed(name: string): EmulatorResponse {
  return invalidRequest(
    `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
  );
}

/** The column a path names; undefined for listItem properties and built-in fields. */
function columnOf(
  path: string,
  columns: readonly ColumnRecord[],
): Outcome<ColumnRecord | undefined> {
  if (ITEM_PROPERTIES.includes(path)) return success(undefined);
  const name = path.startsWith('fields/') ? path.slice('fields/'.length) : undefined;
  if (name === undefined)
    return failure(
      invalidRequest(`Invalid filter clause: '${path}' is not supported; use fields/{name}.`),
    );
  if (BUILT_IN_FIELDS.includes(name)) return success(undefined);
  const column = columns.find((candidate) => candidate.name === name);
  return column === undefined
    ? failure(invalidRequest(`Field '${name}' is not recognized`))
    : success(column);
}
