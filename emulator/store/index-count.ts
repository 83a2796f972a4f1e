import type { FilterNode } from '../odata-query/filter-parser';
import type { ColumnRecord } from './records';
import { indexKey } from './indexed-values';
import type { Store } from './store';

type Key = string | number | null;
type Sql = { readonly sql: string; readonly args: Key[] };

const OPERATORS = { eq: '=', ne: 'IS NOT', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

/**
 * How many items of a list match a filter on one indexed column, counted from the column's
 * index and only up to `limit` (SharePoint stops there too); undefined when the filter cannot
 * be answered from the index alone (it names other paths), and the caller counts otherwise.
 * Null values follow the filter evaluator: a comparison with an empty value is false, `ne` true.
 */
export function countIndexMatches(
  store: Store,
  listId: string,
  column: ColumnRecord,
  filter: FilterNode,
  limit: number,
): number | undefined {
  const where = toSql(filter, column);
  if (where === undefined) return undefined;
  const row = store.db
    .prepare(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM list_item_values WHERE list_id = ? AND name = ? AND COALESCE(${where.sql}, 0) LIMIT ?)`,
    )
    .get(listId, column.name, ...where.args, limit) as { n: number };
  return row.n;
}

function toSql(node: FilterNode, column: ColumnRecord): Sql | undefined {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = toSql(node.left, column);
      const right = toSql(node.right, column);
      if (left === undefined || right === undefined) return undefined;
      const joiner = node.kind === 'and' ? 'AND' : 'OR';
      return {
        sql: `(COALESCE(${left.sql}, 0) ${joiner} COALESCE(${right.sql}, 0))`,
        args: [...left.args, ...right.args],
      };
    }
    case 'not': {
      const operand = toSql(node.operand, column);
      return operand && { sql: `(NOT COALESCE(${operand.sql}, 0))`, args: operand.args };
    }
    case 'startswith': {
      if (node.path !== `fields/${column.name}`) return undefined;
      const prefix = node.value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
      return { sql: `(value LIKE ? ESCAPE '\\')`, args: [`${prefix}%`] };
    }
    case 'compare': {
      if (node.path !== `fields/${column.name}`) return undefined;
      const key = node.value === null ? null : keyOf(column, node.value);
      if (key === undefined) return undefined;
      if (key === null)
        return node.operator === 'eq' || node.operator === 'ne'
          ? { sql: `(value IS ${node.operator === 'eq' ? '' : 'NOT '}NULL)`, args: [] }
          : undefined;
      return { sql: `(value ${OPERATORS[node.operator]} ?)`, args: [key] };
    }
  }
}

/** The literal as the index keeps values of the column; undefined when they do not compare. */
function keyOf(column: ColumnRecord, literal: string | number | boolean): Key | undefined {
  if (column.type === 'number') return typeof literal === 'number' ? literal : undefined;
  if (column.type === 'boolean') return typeof literal === 'boolean' ? Number(literal) : undefined;
  if (typeof literal !== 'string') return undefined;
  const key = indexKey(literal);
  if (column.type === 'dateTime')
    return typeof key === 'string' && key.endsWith('Z') ? key : undefined;
  return key;
}
