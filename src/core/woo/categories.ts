import type { WooCategoryCode } from '../woo-codes';
import { invariant } from '../errors';
import { CATEGORY_ROWS, type CategoryRow } from './category-rows';
import type { LocalizedText } from './localized-text';

/**
 * An information category of Woo art. 3.3 (or the art. 3.1 catch-all) as the TOOI thesaurus
 * `scw_woo_informatiecategorieen` names it. `label.nl` is the TOOI prefLabel, `pluralLabel`
 * the label for groups, `definition` the TOOI definition (Dutch).
 */
export interface WooCategory {
  readonly code: WooCategoryCode;
  readonly article: '3.3' | '3.1';
  readonly lid: 1 | 2 | null;
  readonly onderdeel: string | null;
  readonly tooiId: string;
  readonly uri: string;
  readonly label: LocalizedText;
  readonly pluralLabel: string;
  readonly definition: string;
  /** How a decision cites it, e.g. `art. 3.3 lid 2 onderdeel e Woo`. */
  readonly citation: string;
}

const TOOI_BASE = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

function fromRow([code, tooiId, label, pluralLabel, definition]: CategoryRow): WooCategory {
  const parts = /^3\.3\.([12])([a-l])$/.exec(code);
  const citation =
    parts === null
      ? 'art. 3.1 Woo'
      : `art. 3.3 lid ${parts[1] ?? ''} onderdeel ${parts[2] ?? ''} Woo`;
  return {
    code,
    article: parts === null ? '3.1' : '3.3',
    lid: parts === null ? null : parts[1] === '1' ? 1 : 2,
    onderdeel: parts?.[2] ?? null,
    tooiId,
    uri: `${TOOI_BASE}${tooiId}`,
    label,
    pluralLabel,
    definition,
    citation,
  };
}

/** All categories in the order of the law: art. 3.3 lid 1 a-e, lid 2 a-l, then art. 3.1. */
export const WOO_CATEGORIES: readonly WooCategory[] = CATEGORY_ROWS.map(fromRow);

const BY_CODE = new Map(WOO_CATEGORIES.map((category) => [category.code, category]));
const BY_TOOI_ID = new Map(WOO_CATEGORIES.map((category) => [category.tooiId, category]));

/** The category for a code; every `WooCategoryCode` has one. */
export function wooCategory(code: WooCategoryCode): WooCategory {
  const category = BY_CODE.get(code);
  invariant(category !== undefined, `woo-category-missing-${code}`);
  return category;
}

/** The category with a TOOI id (`c_99a836c7`) or TOOI URI, or null if there is none. */
export function wooCategoryByTooiId(idOrUri: string): WooCategory | null {
  const id = idOrUri.startsWith(TOOI_BASE) ? idOrUri.slice(TOOI_BASE.length) : idOrUri;
  return BY_TOOI_ID.get(id) ?? null;
}

/**
 * The category code a text names: a code (`3.3.2e`) or a TOOI id or URI; null when it names
 * none (a registry column typed by hand, say). The one reading of category codes from outside.
 */
export function wooCategoryCodeOf(text: string): WooCategoryCode | null {
  const trimmed = text.trim();
  const byCode = WOO_CATEGORIES.find((category) => category.code === trimmed);
  return byCode?.code ?? wooCategoryByTooiId(trimmed)?.code ?? null;
}
