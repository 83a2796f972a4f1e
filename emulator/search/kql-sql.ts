import { KqlSyntaxError, type KqlNode } from './kql-parser';

/** A SQL condition over `search_docs d` with its parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A query planned for SQLite: the full-text part that ranks, and the other conditions. */
export interface SearchPlan {
  /** The FTS5 expression that ranks and highlights the hits; null when the query has none. */
  readonly match: string | null;
  readonly where: SqlCondition;
}

const isText = (node: KqlNode): boolean =>
  node.kind === 'term' ||
  node.kind === 'phrase' ||
  ((node.kind === 'and' || node.kind === 'or') && node.children.every(isText)) ||
  (node.kind === 'not' && isText(node.child));

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The FTS5 expression of a text-only node, or null when FTS5 cannot say it (a lone NOT). */
function ftsOf(node: KqlNode): string | null {
  switch (node.kind) {
    case 'term':
      return `${quote(node.text)}${node.prefix ? '*' : ''}`;
    case 'phrase':
      return node.text.trim() === '' ? null : quote(node.text);
    case 'or': {
      const parts = node.children.map(ftsOf);
      return parts.every((part) => part !== null) ? `(${parts.join(' OR ')})` : null;
    }
    case 'and': {
      const positive = node.children.filter((child) => child.kind !== 'not').map(ftsOf);
      const negative = node.children.flatMap((child) =>
        child.kind === 'not' ? [ftsOf(child.child)] : [],
      );
      if (positive.length === 0 || [...positive, ...negative].some((part) => part === null))
        return null;
      return `(${positive.join(' AND ')}${negative.map((part) => ` NOT ${part ?? ''}`).join('')})`;
    }
    default:
      return null;
  }
}

/**
 * Plans a parsed query: text parts become one FTS5 expression (ranked by bm25 and highlighted),
 * property restrictions SQL conditions on the indexed files' facts.
 */
export function planSearch(root: KqlNode): SearchPlan {
  const children = root.kind === 'and' ? root.children : [root];
  const textChildren = children.filter(
    (child) => isText(child) && ftsOf(child) !== null && child.kind !== 'not',
  );
  const negatives = children.filter(
    (child) => child.kind === 'not' && isText(child.child) && ftsOf(child.child) !== null,
  );
  const match =
    textChildren.length === 0
      ? null
      : ftsOf({ kind: 'and', children: [...textChildren, ...negatives] });
  const rest = children.filter(
    (child) => !textChildren.includes(child) && (match === null || !negatives.includes(child)),
  );
  const conditions = rest.map(conditionOf);
  return {
    match,
    where: {
      sql: conditions.length === 0 ? '1' : conditions.map((part) => `(${part.sql})`).join(' AND '),
      params: conditions.flatMap((part) => part.params),
    },
  };
}

function conditionOf(node: KqlNode): SqlCondition {
  if (isText(node)) {
    const fts = ftsOf(node);
    if (fts !== null)
      return {
        sql: 'd.rowid IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)',
        params: [fts],
      };
  }
  switch (node.kind) {
    case 'and':
    case 'or': {
      const parts = node.children.map(conditionOf);
      return {
        sql: parts.map((part) => `(${part.sql})`).join(node.kind === 'and' ? ' AND ' : ' OR '),
        params: parts.flatMap((part) => part.params),
      };
    }
    case 'not': {
      const inner = conditionOf(node.child);
      return { sql: `NOT (${inner.sql})`, params: inner.params };
    }
    case 'property':
      return propertyCondition(node);
    default:
      throw new KqlSyntaxError('A term was expected.');
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(value: string, plusDays = 0): string {
  const time = Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) throw new KqlSyntaxError(`${value} is not a date.`);
  return new Date(time + plusDays * 86_400_000).toISOString();
}

function propertyCondition(node: Extract<KqlNode, { kind: 'property' }>): SqlCondition {
  const name = node.name.toLowerCase();
  const value = node.value;
  if (name === 'path') {
    const prefix = value.replace(/\/+$/, '').toLowerCase();
    return {
      sql: '(lower(d.web_url) = ? OR substr(lower(d.web_url), 1, ?) = ?)',
      params: [prefix, prefix.length + 1, `${prefix}/`],
    };
  }
  if (name === 'filetype' || name === 'fileextension')
    return { sql: 'd.file_type = ?', params: [value.toLowerCase().replace(/^\./, '')] };
  if (name === 'filename') return { sql: 'lower(d.file_name) = ?', params: [value.toLowerCase()] };
  if (name === 'refinabledate00') return dateCondition(node.operator, value);
  // RefinableDate01-19 exist in every tenant's schema but nothing is mapped to them here.
  if (/^refinabledate(0[1-9]|1[0-9])$/.test(name)) return { sql: '0', params: [] };
  throw new KqlSyntaxError(`${node.name} is not a queryable managed property.`);
}

function dateCondition(operator: string, value: string): SqlCondition {
  const column = 'd.refinable_date00';
  switch (operator) {
    case '>=':
      return { sql: `${column} >= ?`, params: [dayStart(value)] };
    case '>':
      return { sql: `${column} >= ?`, params: [dayStart(value, DAY.test(value) ? 1 : 0)] };
    case '<=':
      return { sql: `${column} < ?`, params: [dayStart(value, DAY.test(value) ? 1 : 0)] };
    case '<':
      return { sql: `${column} < ?`, params: [dayStart(value)] };
    default:
      return {
        sql: `${column} >= ? AND ${column} < ?`,
        params: [dayStart(value), dayStart(value, DAY.test(value) ? 1 : 0)],
      };
  }
}
