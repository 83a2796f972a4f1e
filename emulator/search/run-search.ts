import type { Store } from '../store/store';
import { parseKql } from './kql-parser';
import { planSearch } from './kql-sql';

/** One row the search found, best first. */
export interface SearchRow {
  readonly itemId: string;
  readonly driveId: string;
  readonly summary: string;
  readonly date: string | null;
}

/** A page of rows and the number of all matches. */
export interface SearchResult {
  readonly rows: readonly SearchRow[];
  readonly total: number;
  readonly terms: readonly string[];
}

/** Who is searching: a reader of everything, or of what the given user created. */
export interface SearchReader {
  readonly readsAll: boolean;
  readonly upn: string;
}

/**
 * Runs a KQL query of the subset over the full-text index: matches ranked by bm25 (best first,
 * ties by index order), summaries with the matched words in `<c0>…</c0>` and cuts as `<ddd/>`
 * (Microsoft Search's hit highlighting), trimmed to what the reader may see, one page.
 * Throws KqlSyntaxError for a query outside the subset.
 */
export function runSearch(
  store: Store,
  queryString: string,
  page: { readonly from: number; readonly size: number },
  reader: SearchReader,
): SearchResult {
  const plan = planSearch(parseKql(queryString));
  const trim = {
    sql: '(? = 1 OR d.created_by = ?)',
    params: [reader.readsAll ? 1 : 0, reader.upn],
  };
  const where = `${plan.where.sql} AND ${trim.sql}`;
  const params = [...plan.where.params, ...trim.params];
  if (plan.match === null) {
    const rows = store.db
      .prepare(
        `SELECT d.item_id AS itemId, d.drive_id AS driveId, '' AS summary, d.refinable_date00 AS date
         FROM search_docs d WHERE ${where} ORDER BY d.rowid LIMIT ? OFFSET ?`,
      )
      .all(...params, page.size, page.from) as SearchRow[];
    const total = store.db
      .prepare(`SELECT COUNT(*) AS n FROM search_docs d WHERE ${where}`)
      .get(...params) as {
      n: number;
    };
    return { rows, total: total.n, terms: [] };
  }
  const from = 'FROM search_text JOIN search_docs d ON d.rowid = search_text.rowid';
  const matching = `search_text MATCH ? AND ${where}`;
  const rows = store.db
    .prepare(
      `SELECT d.item_id AS itemId, d.drive_id AS driveId, d.refinable_date00 AS date,
         snippet(search_text, 0, '<c0>', '</c0>', '<ddd/>', 24) AS summary
       ${from} WHERE ${matching} ORDER BY bm25(search_text), d.rowid LIMIT ? OFFSET ?`,
    )
    .all(plan.match, ...params, page.size, page.from) as SearchRow[];
  const total = store.db
    .prepare(`SELECT COUNT(*) AS n ${from} WHERE ${matching}`)
    .get(plan.match, ...params) as {
    n: number;
  };
  return { rows, total: total.n, terms: termsOf(plan.match) };
}

function termsOf(match: string): string[] {
  return [...match.matchAll(/"((?:[^"]|"")*)"/g)].map((found) =>
    (found[1] ?? '').replace(/""/g, '"'),
  );
}
