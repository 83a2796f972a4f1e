import type { CompareOperator, FilterLiteral, FilterNode } from './filter-parser';

/** Looks a path (`fields/X`, `createdDateTime`) up on one candidate. */
export type PathResolver = (path: string) => unknown;

/** Whether a candidate satisfies a filter. Text compares case-insensitively, as SharePoint does. */
export function evaluateFilter(node: FilterNode, resolve: PathResolver): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, resolve) && evaluateFilter(node.right, resolve);
    case 'or':
      return evaluateFilter(node.left, resolve) || evaluateFilter(node.right, resolve);
    case 'not':
      return !evaluateFilter(node.operand, resolve);
    case 'startswith': {
      const value = resolve(node.path);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare':
      return compare(node.operator, resolve(node.path), node.value);
  }
}

function compare(operator: CompareOperator, actual: unknown, expected: FilterLiteral): boolean {
  const order = orderOf(actual ?? null, expected);
  switch (operator) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order !== undefined && order > 0;
    case 'ge':
      return order !== undefined && order >= 0;
    case 'lt':
      return order !== undefined && order < 0;
    case 'le':
      return order !== undefined && order <= 0;
  }
}

/** Orders two values; undefined when they cannot be compared (null against a value). */
export function orderOf(left: unknown, right: unknown): number | undefined {
  if (left === null || right === null || left === undefined || right === undefined) {
    return (left ?? null) === (right ?? null) ? 0 : undefined;
  }
  if (typeof left === 'number' && typeof right === 'number') return Math.sign(left - right);
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  const leftDate = asDate(left);
  const rightDate = asDate(right);
  if (leftDate !== undefined && rightDate !== undefined) return Math.sign(leftDate - rightDate);
  const a = String(left).toLowerCase();
  const b = String(right).toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

function asDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
