import { NAME_LEXICON_DATA } from './name-lexicon-data';
import { nameLexiconFrom, type NameLexicon } from './name-lexicon';

let shipped: NameLexicon | undefined;

/**
 * The name lexicon, loaded synchronously: for the command line, the benchmarks and tests, which
 * have no first view to draw. A browser surface uses `loadNameLexicon` instead, so the lexicon
 * stays out of its first chunk.
 */
export function shippedNameLexicon(): NameLexicon {
  shipped ??= nameLexiconFrom(NAME_LEXICON_DATA);
  return shipped;
}
