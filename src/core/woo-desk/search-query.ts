import type { MessageKind } from '../message';

/**
 * A search for a Woo request: the words (terms, "phrases", AND, OR, NOT, parentheses) and
 * the filters. Dates are calendar days; the period includes both ends.
 */
export interface WooSearchQuery {
  readonly text: string;
  readonly from?: Date;
  readonly to?: Date;
  /** A dossier kenmerk. */
  readonly dossier?: string;
  /** A Woo information category code (`3.3.2a`). */
  readonly category?: string;
  readonly kind?: MessageKind;
}

/** One search run for a request, as its log keeps it: courts ask what was searched, how. */
export interface SearchLogEntry {
  readonly query: WooSearchQuery;
  readonly hits: number;
  readonly at: Date;
  /** Who ran it, as the record system vouches for it. */
  readonly by: string;
}

/** Why the words of a search cannot be run. */
export type SearchTextError = 'empty' | 'property-restriction' | 'unbalanced';

/**
 * Checks the words of a search: something to look for, quotes and parentheses closed, and no
 * property restrictions (`path:`, `author:`), which the desk sets itself from the filters.
 */
export function checkSearchText(text: string): SearchTextError | null {
  if (text.trim() === '') return 'empty';
  if ((text.match(/"/g) ?? []).length % 2 !== 0) return 'unbalanced';
  const outsidePhrases = text.replace(/"[^"]*"/g, ' ');
  let depth = 0;
  for (const char of outsidePhrases) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) return 'unbalanced';
  }
  if (depth !== 0) return 'unbalanced';
  if (/[:<>=]/.test(outsidePhrases)) return 'property-restriction';
  return null;
}
