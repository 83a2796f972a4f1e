import { CodeCounts } from './code-counts';
import type { MessageWords } from './message-words';
import { stemWord } from './stem';
import { isContentWord } from './terms';
import type { TermEntry } from './text-index';

/** Stems of one message are numbered below this; a word pair is coded from its two numbers. */
const STEM_LIMIT = 2 ** 15;

/**
 * A message's terms as `forEachTerm` visits them (stems, and pairs of stems side by side),
 * counted as codes in a {@link CodeCounts}: a stem by its number, a pair above `STEM_LIMIT`.
 */
export interface WordTerms {
  readonly counts: CodeCounts;
  readonly stems: readonly string[];
  /** The word each stem was first written as, for explanations. */
  readonly surfaces: ReadonlyMap<string, string>;
}

/** The stem and the pair code of a term code, and its text (`stem` or `first second`). */
export function termText(code: number, stems: readonly string[]): string {
  if (code < STEM_LIMIT) return stems[code] ?? '';
  const pair = code - STEM_LIMIT;
  return `${stems[Math.floor(pair / STEM_LIMIT)] ?? ''} ${stems[pair % STEM_LIMIT] ?? ''}`;
}

/**
 * Counts the terms of a message's subject (`subjectTimes` each), attachment names and body, in
 * the order and with the counts `messageTermCounts` gives them; null when the message has more
 * distinct stems than the codes can hold (then count with `messageTermCounts`).
 */
export function countWordTerms(
  words: MessageWords,
  subjectTimes: number,
  counts: CodeCounts,
): WordTerms | null {
  counts.clear();
  const stemOfWord = new Int32Array(words.table.words.length).fill(-2);
  const stemNumbers = new Map<string, number>();
  const stems: string[] = [];
  const surfaces = new Map<string, string>();
  const stemOf = (number: number): number => {
    const known = stemOfWord[number] ?? -1;
    if (known !== -2) return known;
    const word = words.table.words[number] ?? '';
    let stem = -1;
    if (isContentWord(word)) {
      const text = stemWord(word);
      stem = stemNumbers.get(text) ?? stems.length;
      if (stem === stems.length) {
        stemNumbers.set(text, stem);
        stems.push(text);
        surfaces.set(text, word);
      }
    }
    stemOfWord[number] = stem;
    return stem;
  };
  const parts: Array<[readonly number[], number]> = [
    [words.subject, subjectTimes],
    [words.attachments, 1],
    [words.body, 1],
  ];
  for (const [sequence, times] of parts) {
    let previous = -1;
    for (const number of sequence) {
      const stem = stemOf(number);
      if (stem >= STEM_LIMIT) return null;
      if (stem < 0) {
        previous = -1;
        continue;
      }
      counts.add(stem, times);
      if (previous >= 0) counts.add(STEM_LIMIT + previous * STEM_LIMIT + stem, times);
      previous = stem;
    }
  }
  return { counts, stems, surfaces };
}

/**
 * The word index's entries found by number: a stem by its text once per message, a pair of stems
 * by the numbers the index gave the two.
 */
export interface WordLookup {
  readonly stemNumbers: ReadonlyMap<string, number>;
  readonly stemEntries: readonly TermEntry[];
  readonly pairEntries: ReadonlyMap<number, TermEntry>;
}

/** Builds the {@link WordLookup} of a word index's entries (stems and `first second` pairs). */
export function wordLookupOf(entries: ReadonlyMap<string, TermEntry>): WordLookup {
  const stemNumbers = new Map<string, number>();
  const stemEntries: TermEntry[] = [];
  for (const [term, entry] of entries) {
    if (term.includes(' ')) continue;
    stemNumbers.set(term, stemEntries.length);
    stemEntries.push(entry);
  }
  const size = stemEntries.length;
  const pairEntries = new Map<number, TermEntry>();
  for (const [term, entry] of entries) {
    const space = term.indexOf(' ');
    if (space < 0) continue;
    const first = stemNumbers.get(term.slice(0, space));
    const second = stemNumbers.get(term.slice(space + 1));
    if (first !== undefined && second !== undefined) pairEntries.set(first * size + second, entry);
  }
  return { stemNumbers, stemEntries, pairEntries };
}

/** The index entry of each counted term (undefined for a term the index never saw). */
export function wordEntries(terms: WordTerms, lookup: WordLookup): Array<TermEntry | undefined> {
  const { counts, stems } = terms;
  const indexNumber = stems.map((stem) => lookup.stemNumbers.get(stem) ?? -1);
  const size = lookup.stemEntries.length;
  const entries = new Array<TermEntry | undefined>(counts.size);
  for (let i = 0; i < counts.size; i += 1) {
    const code = counts.codes[i] ?? 0;
    if (code < STEM_LIMIT) {
      entries[i] = lookup.stemEntries[indexNumber[code] ?? -1];
      continue;
    }
    const first = indexNumber[Math.floor((code - STEM_LIMIT) / STEM_LIMIT)] ?? -1;
    const second = indexNumber[(code - STEM_LIMIT) % STEM_LIMIT] ?? -1;
    entries[i] =
      first < 0 || second < 0 ? undefined : lookup.pairEntries.get(first * size + second);
  }
  return entries;
}
