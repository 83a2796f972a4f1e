import type { Store } from '../store/store';
import { parseKql } from './kql-parser';
import { planSearch } from './kql-sql';
import type { SearchReader } from './search-trimming';

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
  const terms = plan.match === null ? [] : termsOf(plan.match);
  const from =
    plan.match === null
      ? 'FROM search_docs d'
      : 'FROM search_text JOIN search_docs d ON d.rowid = search_text.rowid';
  const matching =
    plan.match === null ? plan.where.sql : `search_text MATCH ? AND ${plan.where.sql}`;
  const params = plan.match === null ? plan.where.params : [plan.match, ...plan.where.params];
  const order = plan.match === null ? 'd.rowid' : 'bm25(search_text), d.rowid';
  const summary =
    plan.match === null ? "''" : "snippet(search_text, 0, '<c0>', '</c0>', '<ddd/>', 24)";
  const columns = 'd.item_id AS itemId, d.drive_id AS driveId, d.refinable_date00 AS date';
  const libraries = store.db
    .prepare('SELECT drive_id AS driveId FROM lists WHERE drive_id IS NOT NULL')
    .all() as { driveId: string }[];
  const partly = libraries.filter((library) => !reader.readsWholeDrive(library.driveId));
  if (partly.length === 0) {
    // The user reads every library entirely: SQLite pages and counts.
    const rows = store.db
      .prepare(
        `SELECT ${columns}, ${summary} AS summary ${from} WHERE ${matching}
         ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, page.size, page.from) as SearchRow[];
    const total = store.db
      .prepare(`SELECT COUNT(*) AS n ${from} WHERE ${matching}`)
      .get(...params) as { n: number };
    return { rows, total: total.n, terms };
  }
  // Else every match is checked, so that paging and the total count only what she may read;
  // the summaries are made for the page alone.
  const partial = new Set(partly.map((library) => library.driveId));
  const readable = (
    store.db
      .prepare(`SELECT d.rowid AS id, ${columns} ${from} WHERE ${matching} ORDER BY ${order}`)
      .all(...params) as (Omit<SearchRow, 'summary'> & { id: number })[]
  ).filter((row) => !partial.has(row.driveId) || reader.mayRead(row.driveId, row.itemId));
  const shown = readable.slice(page.from, page.from + page.size);
  const summaries = summariesOf(
    store,
    plan.match,
    shown.map((row) => row.id),
  );
  return {
    rows: shown.map(({ id, ...row }) => ({ ...row, summary: summaries.get(id) ?? '' })),
    total: readable.length,
    terms,
  };
}

function summariesOf(
  store: Store,
  match: string | null,
  ids: readonly number[],
): ReadonlyMap<number, string> {
  if (match === null || ids.length === 0) return new Map();
  const rows = store.db
    .prepare(
      `SELECT rowid AS id, snippet(search_text, 0, '<c0>', '</c0>', '<ddd/>', 24) AS summary
       FROM search_text WHERE search_text MATCH ? AND rowid IN (${ids.map(() => '?').join(',')})`,
    )
    .all(match, ...ids) as { id: number; summary: string }[];
  return new Map(rows.map((row) => [row.id, row.summary]));
}

function termsOf(match: string): string[] {
  return [...match.matchAll(/"((?:[^"]|"")*)"/g)].map((found) =>
    (found[1] ?? '').replace(/""/g, '"'),
  );
}
