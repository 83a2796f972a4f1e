/**
 * What the name recogniser knows of words beyond its built-in lists: ordinary Dutch words,
 * words that are people's names, and proper nouns that are not (places, streets, firms). Built
 * from the OpenTaal word list and name lists at build time (scripts/name-lexicon/build.ts) and
 * shipped in its own module, so a surface can load it after its first view (see
 * load-name-lexicon.ts). Every lookup takes a word in any case.
 */
import { bloomHas, parseBloomFilter, type BloomFilter } from './bloom-filter';

/** The serialised filters, as name-lexicon-data.ts holds them. */
export interface NameLexiconData {
  readonly commonWords: string;
  readonly personNames: string;
  readonly otherProperNames: string;
}

/** The lexicon ready for lookups. */
export interface NameLexicon {
  /** An ordinary lower-case Dutch word (kok, bakker, gisteren), or a plural or -e form of one. */
  readonly isCommonWord: (word: string) => boolean;
  /** A word that names people: a surname or given name (Jansen, Yılmaz, Halsema). */
  readonly isPersonName: (word: string) => boolean;
  /** A proper noun that is no person's name: a place, street, firm or product (Zwolle, Stedin). */
  readonly isOtherProperName: (word: string) => boolean;
}

const INFLECTIONS = /(?:en|s|'s|’s|e|n)$/;

function hasWordOrStem(filter: BloomFilter, lower: string): boolean {
  if (bloomHas(filter, lower)) return true;
  const match = INFLECTIONS.exec(lower);
  if (match === null || lower.length - match[0].length < 3) return false;
  return bloomHas(filter, lower.slice(0, match.index));
}

/** Unpacks the shipped filters; about a millisecond for the largest. */
export function nameLexiconFrom(data: NameLexiconData): NameLexicon {
  const common = parseBloomFilter(data.commonWords);
  const people = parseBloomFilter(data.personNames);
  const other = parseBloomFilter(data.otherProperNames);
  return {
    isCommonWord: (word) => hasWordOrStem(common, word.toLowerCase()),
    isPersonName: (word) => bloomHas(people, word.toLowerCase()),
    isOtherProperName: (word) => bloomHas(other, word.toLowerCase()),
  };
}
