import { orderOf, type PathResolver } from './filter-eval';
import type { OrderKey } from './query-options';

/** Sorts by the keys (nulls first ascending, as SharePoint does), ties kept in input order. */
export function sortByKeys<T>(
  items: readonly T[],
  keys: readonly OrderKey[],
  resolverOf: (item: T) => PathResolver,
): T[] {
  if (keys.length === 0) return [...items];
  const decorated = items.map((item, index) => ({ item, index, resolve: resolverOf(item) }));
  decorated.sort((a, b) => {
    for (const key of keys) {
      const order = compareNullsFirst(a.resolve(key.path), b.resolve(key.path));
      if (order !== 0) return key.descending ? -order : order;
    }
    return a.index - b.index;
  });
  return decorated.map((entry) => entry.item);
}

function compareNullsFirst(left: unknown, right: unknown): number {
  const leftMissing = left === null || left === undefined;
  const rightMissing = right === null || right === undefined;
  if (leftMissing || rightMissing) return Number(!leftMissing) - Number(!rightMissing);
  return orderOf(left, right) ?? 0;
}
