import type { Dossier } from '../dossier';
import { FUZZY_FROM_LENGTH, deletions, nameKey } from './ocr-words';
import { foldText, isContentWord } from './terms';

const WORD = /[a-z0-9]+/g;
/** Name words this short (`ec`, `db`) are abbreviations too ambiguous to tell a dossier by. */
const MIN_NAME_WORD_LENGTH = 3;
/** A word split over two lines (`bestemmings-` `plan`) is joined when its head is this long. */
const MIN_HEAD_LENGTH = 3;
/**
 * A word misread in one letter keeps its first or its last three letters intact (the name
 * words that matter are six letters or longer), so only words that share one of those with a
 * name word are looked up with a letter left out.
 */
export const FUZZY_END = 3;

/** One dossier whose name holds a word, and how telling that word is among the names. */
export interface NamePosting {
  readonly position: number;
  /** In 0..1: 1 for a word in one dossier's name only, less the more names share it. */
  readonly specificity: number;
}

/** A word of the dossiers' names as `nameKey` reads it, with the dossiers that hold it. */
export interface NameWord {
  /** The word as the first name that holds it writes it, for explanations. */
  readonly written: string;
  readonly postings: readonly NamePosting[];
}

/**
 * The words of every dossier's name (its title and keywords) ready for lookup: by key, by the
 * key with one letter left out (for OCR misreadings), and by the heads a split word starts with.
 */
export interface NameIndex {
  readonly words: ReadonlyMap<string, NameWord>;
  /** For keys of at least `FUZZY_FROM_LENGTH` letters: each form with one letter left out. */
  readonly nearby: ReadonlyMap<string, readonly string[]>;
  /** The lengths of the keys that `nearby` holds, so most message words skip the fuzzy lookup. */
  readonly fuzzyLengths: ReadonlySet<number>;
  /** The first and the last three letters of every key that `nearby` holds. */
  readonly fuzzyEnds: ReadonlySet<string>;
  /** Every start of a key of `MIN_HEAD_LENGTH` letters or more, shorter than the key. */
  readonly heads: ReadonlySet<string>;
  /** How many telling words each dossier's name holds (those in every name left out). */
  readonly wordCounts: Int32Array;
}

function isNameWord(word: string): boolean {
  if (word.length < MIN_NAME_WORD_LENGTH || !isContentWord(word)) return false;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  // A bare number (a date, a year) names no dossier; `224a` or `z2025` may.
  return false;
}

/** The distinct name words of one dossier, keyed, with their written form. */
function nameWordsOf(dossier: Dossier): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of [dossier.title, ...(dossier.keywords ?? [])]) {
    WORD.lastIndex = 0;
    const folded = foldText(text);
    for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
      const word = match[0];
      if (!isNameWord(word)) continue;
      const key = nameKey(word);
      if (!found.has(key)) found.set(key, word);
    }
  }
  return found;
}

/** How telling a word is that `holders` of `count` names hold: an IDF over the registry. */
function specificityOf(holders: number, count: number): number {
  if (count <= 1) return 1;
  return Math.log(count / holders) / Math.log(count);
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Builds the {@link NameIndex} of a registry; positions follow the registry's order. A word is
 * as telling as it is rare twice over: among the names, and among the dossiers whose title and
 * filed mail use it (`locaties` in one name but in the mail of five dossiers says little).
 * @param profilesUsing how many dossiers' text profiles hold a word (by key and written form)
 */
export function buildNameIndex(
  dossiers: readonly Dossier[],
  profilesUsing: (key: string, written: string) => number,
): NameIndex {
  const holders = new Map<string, number[]>();
  const written = new Map<string, string>();
  dossiers.forEach((dossier, position) => {
    for (const [key, word] of nameWordsOf(dossier)) {
      addTo(holders, key, position);
      if (!written.has(key)) written.set(key, word);
    }
  });
  const words = new Map<string, NameWord>();
  const nearby = new Map<string, string[]>();
  const fuzzyLengths = new Set<number>();
  const heads = new Set<string>();
  const fuzzyEnds = new Set<string>();
  const wordCounts = new Int32Array(dossiers.length);
  for (const [key, positions] of holders) {
    if (positions.length < dossiers.length || dossiers.length === 1) {
      for (const position of positions) wordCounts[position] = (wordCounts[position] ?? 0) + 1;
    }
    const used = Math.max(positions.length, profilesUsing(key, written.get(key) ?? key));
    const specificity =
      specificityOf(positions.length, dossiers.length) * specificityOf(used, dossiers.length);
    const postings = positions.map((position) => ({ position, specificity }));
    words.set(key, { written: written.get(key) ?? key, postings });
    for (let end = MIN_HEAD_LENGTH; end < key.length; end += 1) heads.add(key.slice(0, end));
    if (key.length < FUZZY_FROM_LENGTH) continue;
    fuzzyLengths.add(key.length);
    fuzzyEnds.add(key.slice(0, FUZZY_END)).add(key.slice(-FUZZY_END));
    for (const form of deletions(key)) addTo(nearby, form, key);
  }
  return { words, nearby, fuzzyLengths, fuzzyEnds, heads, wordCounts };
}
