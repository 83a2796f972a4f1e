import type { Reason } from '../reason';
import { FUZZY_END } from './dossier-names';
import type { NameIndex } from './dossier-names';
import type { Evidence } from './evidence';
import type { MessageWords } from './message-words';
import { FUZZY_FROM_LENGTH, deletions, nameKey } from './ocr-words';

/*
 * The constants below were chosen on training mail only, by leave-one-out on the Dutch Woo
 * corpora (`bench/dossier-loo.ts`), with the share of unrelated mail that gets a suggestion kept
 * under 1 %.
 */
/** The name alone points the way; it never decides with the certainty of a kenmerk. */
const NAMED_CAP = 0.6;
/** One telling name word in the subject or an attachment's name. */
const SUBJECT_WORD = 0.5;
/** One telling name word in the body, where other matters are mentioned in passing too. */
const BODY_WORD = 0.15;
/** A word met only with one letter dropped, added or misread counts for less. */
const FUZZY_FACTOR = 0.8;
const WORDS_NAMED = 4;
/**
 * Name words a message must write for the full strength: one word of a longer name alone
 * (`project` of `... locatie van project Zuidasdok`) is as often an ordinary word, so it counts half.
 */
const WORDS_FOR_FULL_STRENGTH = 2;

const IN_BODY = 1;
/** In the top of the body (the n-gram reading's share): OCR misreadings are looked for there too. */
const IN_BODY_TOP = 2;
const IN_SUBJECT = 3;

interface Found {
  readonly key: string;
  readonly written: string;
  readonly place: number;
  readonly fuzzy: boolean;
}

/** The name words a message word meets: its key, or keys one edit away when it is long enough. */
function keysMet(
  word: string,
  names: NameIndex,
  fuzzy: boolean,
): { keys: string[]; fuzzy: boolean } {
  const key = nameKey(word);
  if (names.words.has(key)) return { keys: [key], fuzzy: false };
  const length = key.length;
  const near =
    fuzzy &&
    length >= FUZZY_FROM_LENGTH - 1 &&
    (names.fuzzyLengths.has(length) ||
      names.fuzzyLengths.has(length + 1) ||
      names.fuzzyLengths.has(length - 1));
  const ends =
    near &&
    (names.fuzzyEnds.has(key.slice(0, FUZZY_END)) || names.fuzzyEnds.has(key.slice(-FUZZY_END)));
  if (!ends) return { keys: [], fuzzy: false };
  const keys = new Set<string>(names.nearby.get(key) ?? []);
  for (const form of deletions(key)) {
    if (names.words.has(form) && form.length >= FUZZY_FROM_LENGTH) keys.add(form);
    for (const other of names.nearby.get(form) ?? []) keys.add(other);
  }
  return { keys: [...keys], fuzzy: true };
}

/** Where each word of the message stands: in the subject (or an attachment name), the body, or not read. */
function placesOf(words: MessageWords): Uint8Array {
  const places = new Uint8Array(words.table.words.length);
  for (const number of words.body) places[number] = IN_BODY;
  for (const number of words.gramBody) places[number] = IN_BODY_TOP;
  for (const number of words.subject) places[number] = IN_SUBJECT;
  for (const number of words.attachments) places[number] = IN_SUBJECT;
  return places;
}

/** Words split over two lines or by OCR (`bestemmings plan`) that form a name word together. */
function splitWords(
  sequence: readonly number[],
  place: number,
  words: MessageWords,
  names: NameIndex,
  found: Found[],
): void {
  const table = words.table.words;
  for (let i = 0; i + 1 < sequence.length; i += 1) {
    const head = table[sequence[i] ?? 0] ?? '';
    if (!names.heads.has(head)) continue;
    const joined = head + (table[sequence[i + 1] ?? 0] ?? '');
    const key = nameKey(joined);
    if (names.words.has(key)) found.push({ key, written: joined, place, fuzzy: false });
  }
}

/** Every name word the message writes, with where it stands and whether it was met exactly. */
function namesFound(words: MessageWords, names: NameIndex): Found[] {
  const found: Found[] = [];
  const places = placesOf(words);
  const table = words.table.words;
  for (let number = 0; number < table.length; number += 1) {
    const place = places[number] ?? 0;
    const word = table[number] ?? '';
    if (place === 0 || word.length < 3) continue;
    // Misreadings are looked for in the subject and the top of the body only: the cost of the
    // lookup stays flat for long mail, whose top names its matter.
    const { keys, fuzzy } = keysMet(word, names, place >= IN_BODY_TOP);
    for (const key of keys) found.push({ key, written: word, place, fuzzy });
  }
  splitWords(words.subject, IN_SUBJECT, words, names, found);
  splitWords(words.body, IN_BODY, words, names, found);
  return found;
}

/** The strongest finding of each name word: subject over body, exact over fuzzy. */
function strongestPerKey(found: readonly Found[]): Map<string, { found: Found; weight: number }> {
  const best = new Map<string, { found: Found; weight: number }>();
  for (const item of found) {
    const weight =
      (item.place === IN_SUBJECT ? SUBJECT_WORD : BODY_WORD) * (item.fuzzy ? FUZZY_FACTOR : 1);
    const earlier = best.get(item.key);
    if (earlier === undefined || weight > earlier.weight)
      best.set(item.key, { found: item, weight });
  }
  return best;
}

/**
 * Dossiers whose name (title or keywords) the message writes, word by word: each word found
 * weighs by how few names hold it (`woo-besluit` in every name says nothing) and by where it
 * stands (the subject says more than the body). OCR misreadings (`R0zengracht`, `Ilrenebuurt`)
 * and words split over two lines are met too. Combined as a noisy-or, capped at `NAMED_CAP`.
 */
export function nameEvidence(words: MessageWords, names: NameIndex): Map<number, Evidence> {
  const perDossier = new Map<number, { doubt: number; written: string[] }>();
  for (const [key, { found, weight }] of strongestPerKey(namesFound(words, names))) {
    for (const posting of names.words.get(key)?.postings ?? []) {
      const strength = weight * posting.specificity;
      if (strength <= 0) continue;
      const entry = perDossier.get(posting.position) ?? { doubt: 1, written: [] };
      perDossier.set(posting.position, entry);
      entry.doubt *= 1 - strength;
      entry.written.push(found.written);
    }
  }
  const evidence = new Map<number, Evidence>();
  for (const [position, { doubt, written }] of perDossier) {
    const needed = Math.min(WORDS_FOR_FULL_STRENGTH, names.wordCounts[position] ?? 1);
    const strength = NAMED_CAP * (1 - doubt) * Math.min(1, written.length / Math.max(1, needed));
    const reason: Reason = {
      code: 'dossier-named',
      weight: strength,
      params: { words: written.slice(0, WORDS_NAMED).join(', ') },
    };
    evidence.set(position, { strength, reasons: [reason] });
  }
  return evidence;
}
