import type { FilterNode } from '../../odata-query/filter-parser';
import type { OrderKey } from '../../odata-query/query-options';
import { indexKey } from '../../store/indexed-values';
import type { ColumnRecord, ListRecord } from '../../store/records';
import type { Store } from '../../store/store';

type Key = string | number;
type Driving = { readonly name: string; readonly operator: string; readonly key: Key };

/** Reads the planned ids a chunk at a time: `ids(offset, limit)`, in the query's order. */
export type PlannedIds = (offset: number, limit: number) => number[];

const SQL_OPERATORS: Readonly<Record<string, string>> = {
  eq: '=',
  gt: '>',
  ge: '>=',
  lt: '<',
  le: '<=',
};
// Below this many index entries the narrowing clause goes first and its few items are sorted;
// above it the order's index is walked and the clause checked on the way.
const SELECTIVE = 2000;

/**
 * The ids of the items a query may match, in the order it wants them, read from the column
 * index (as SharePoint answers from its indexes): narrowed by one indexed comparison of the
 * filter's top-level `and`, ordered by one indexed `$orderby` key (nulls first ascending, ties
 * by id, as the evaluator sorts). The caller still evaluates the whole filter on each item;
 * undefined when the order needs a full scan.
 */
export function plannedIds(
  store: Store,
  list: ListRecord,
  columns: readonly ColumnRecord[],
  filter: FilterNode | undefined,
  order: readonly OrderKey[],
): PlannedIds | undefined {
  if (order.length > 1) return undefined;
  const key = order[0];
  const orderColumn = key === undefined ? undefined : indexedColumn(key.path, columns);
  if (key !== undefined && orderColumn === undefined) return undefined;
  const driving = filter === undefined ? undefined : drivingClause(filter, columns);
  const { sql, args } = plannedSql(
    store,
    list.id,
    driving,
    orderColumn && {
      name: orderColumn.name,
      direction: key?.descending === true ? 'DESC' : 'ASC',
    },
  );
  const statement = store.db.prepare(`${sql} LIMIT ? OFFSET ?`);
  return (offset, limit) =>
    (statement.all(...args, limit, offset) as { id: number }[]).map((row) => row.id);
}

function plannedSql(
  store: Store,
  listId: string,
  driving: Driving | undefined,
  order: { name: string; direction: 'ASC' | 'DESC' } | undefined,
): { sql: string; args: Key[] } {
  const where = (alias: string) => `${alias}.name = ? AND ${alias}.value ${driving?.operator} ?`;
  if (order === undefined && driving === undefined)
    return { sql: 'SELECT id FROM list_items WHERE list_id = ? ORDER BY id', args: [listId] };
  if (order === undefined && driving !== undefined)
    return {
      sql: `SELECT item_id AS id FROM list_item_values d WHERE d.list_id = ? AND ${where('d')} ORDER BY item_id`,
      args: [listId, driving.name, driving.key],
    };
  const byOrder = `ORDER BY o.value ${order?.direction ?? 'ASC'}, o.item_id`;
  if (driving === undefined)
    return {
      sql: `SELECT o.item_id AS id FROM list_item_values o WHERE o.list_id = ? AND o.name = ? ${byOrder}`,
      args: [listId, order?.name ?? ''],
    };
  if (countDriving(store, listId, driving) <= SELECTIVE)
    return {
      sql: `SELECT d.item_id AS id FROM list_item_values d JOIN list_item_values o ON o.list_id = d.list_id AND o.item_id = d.item_id AND o.name = ? WHERE d.list_id = ? AND ${where('d')} ${byOrder}`,
      args: [order?.name ?? '', listId, driving.name, driving.key],
    };
  return {
    sql: `SELECT o.item_id AS id FROM list_item_values o WHERE o.list_id = ? AND o.name = ? AND EXISTS (SELECT 1 FROM list_item_values d WHERE d.list_id = o.list_id AND d.item_id = o.item_id AND ${where('d')}) ${byOrder}`,
    args: [listId, order?.name ?? '', driving.name, driving.key],
  };
}

/** How many items the clause narrows to, counted only up to just above {@link SELECTIVE}. */
function countDriving(store: Store, listId: string, driving: Driving): number {
  const row = store.db
    .prepare(
      `SELECT COUNT(*) AS count FROM (SELECT 1 FROM list_item_values WHERE list_id = ? AND name = ? AND value ${driving.operator} ? LIMIT ?)`,
    )
    .get(listId, driving.name, driving.key, SELECTIVE + 1) as { count: number };
  return row.count;
}

function indexedColumn(path: string, columns: readonly ColumnRecord[]): ColumnRecord | undefined {
  if (!path.startsWith('fields/')) return undefined;
  const name = path.slice('fields/'.length);
  return columns.find((column) => column.name === name && column.indexed);
}

/** An indexed comparison among the filter's top-level `and` terms; `eq` preferred. */
function drivingClause(filter: FilterNode, columns: readonly ColumnRecord[]): Driving | undefined {
  const candidates: Driving[] = [];
  for (const term of conjuncts(filter)) {
    if (term.kind !== 'compare') continue;
    const operator = SQL_OPERATORS[term.operator];
    const column = indexedColumn(term.path, columns);
    if (operator === undefined || column === undefined) continue;
    const key = literalKey(column, term.value);
    if (key !== undefined) candidates.push({ name: column.name, operator, key });
  }
  return candidates.find((candidate) => candidate.operator === '=') ?? candidates[0];
}

function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/** The literal as an index key, when it compares with the column's values as the index does. */
function literalKey(column: ColumnRecord, literal: unknown): Key | undefined {
  if (column.type === 'number') return typeof literal === 'number' ? literal : undefined;
  if (column.type === 'boolean') return typeof literal === 'boolean' ? Number(literal) : undefined;
  if (typeof literal !== 'string' || literal === '') return undefined;
  const key = indexKey(literal);
  if (key === null) return undefined;
  if (column.type === 'dateTime')
    return typeof key === 'string' && key.endsWith('Z') ? key : undefined;
  return key;
}
