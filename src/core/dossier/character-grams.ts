import type { CodeCounts } from './code-counts';
import { STOPWORDS } from './stopwords';
import { foldText } from './terms';

/**
 * Four letters: long enough to be telling, short enough to survive one misread letter (three
 * and five ranked worse in leave-one-out runs on training mail).
 */
export const GRAM_LENGTH = 4;
const WORD = /[a-z0-9]+/g;
const MIN_WORD_LENGTH = 3;
const MAX_WORD_LENGTH = 40;
/** Marks the start and end of a word, so `_woo` (a word start) differs from `woo` inside one. */
const EDGE = '_';

function isGramWord(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && word.length <= MAX_WORD_LENGTH && !STOPWORDS.has(word);
}

function countWordGrams(counts: Map<string, number>, word: string, times: number): void {
  const padded = `${EDGE}${word}${EDGE}`;
  for (let start = 0; start + GRAM_LENGTH <= padded.length; start += 1) {
    const gram = padded.slice(start, start + GRAM_LENGTH);
    counts.set(gram, (counts.get(gram) ?? 0) + times);
  }
}

function countWords(text: string): Map<string, number> {
  const words = new Map<string, number>();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(foldText(text)); match !== null; match = WORD.exec(match.input)) {
    const word = match[0];
    if (isGramWord(word)) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return words;
}

/**
 * Adds the character n-grams of the content words of a text to `counts`, each occurrence
 * counting `times`: each word, folded and padded with an edge mark, yields its overlapping
 * {@link GRAM_LENGTH}-letter pieces (`_bew`, `bewo`, ..., `ner_`). OCR text misreads letters and
 * splits or joins words (`Lijnbaanschracht`, `bestemmings plan`); most n-grams of such a word
 * still meet those of the word meant. Stopwords, words under three letters and overlong tokens
 * are skipped.
 */
export function countGramsInto(counts: Map<string, number>, text: string, times: number): void {
  // Count the words first: a word repeated in a long mail is cut into n-grams once.
  for (const [word, count] of countWords(text)) countWordGrams(counts, word, count * times);
}

/** Letters, digits and the edge mark: every character an n-gram can hold. */
const GRAM_ALPHABET = 37;

function characterCode(character: number): number {
  if (character >= 97 && character <= 122) return character - 97;
  if (character >= 48 && character <= 57) return character - 48 + 26;
  return GRAM_ALPHABET - 1;
}

/**
 * A number for an n-gram, one to one for the characters n-grams hold (`a`-`z`, `0`-`9` and the
 * edge mark): a map keyed by it is cheaper than one keyed by the n-gram's text.
 */
export function gramCode(gram: string): number {
  let code = 0;
  for (let i = gram.length - 1; i >= 0; i -= 1) {
    code = code * GRAM_ALPHABET + characterCode(gram.charCodeAt(i));
  }
  return code;
}

/** Adds the n-gram codes of one word, each counting `added`, into `counts`. */
function addWordGrams(counts: CodeCounts, word: string, added: number): void {
  const edge = GRAM_ALPHABET - 1;
  const high = GRAM_ALPHABET ** (GRAM_LENGTH - 1);
  // The code of `_abc`, then rolled one character on: drop the first, add the next.
  let code = edge;
  for (let i = 0; i < GRAM_LENGTH - 1; i += 1) {
    code += characterCode(word.charCodeAt(i)) * GRAM_ALPHABET ** (i + 1);
  }
  const last = word.length + 2 - GRAM_LENGTH;
  for (let start = 0; ; start += 1) {
    counts.add(code, added);
    if (start === last) break;
    const entering = start + GRAM_LENGTH - 1;
    const character = entering < word.length ? characterCode(word.charCodeAt(entering)) : edge;
    code = Math.floor(code / GRAM_ALPHABET) + character * high;
  }
}

/**
 * The same as {@link countGramsInto}, in the same order, for a text already read into numbered
 * words (see `message-words.ts`), into {@link CodeCounts} with each n-gram as its
 * {@link gramCode}: no n-gram text is built, and no n-gram is hashed as a string.
 * @param words the message's words by number
 * @param sequence the text's words, as numbers, in order
 * @param perWord scratch counts for the text's words, cleared here
 */
export function countGramCodes(
  counts: CodeCounts,
  words: readonly string[],
  sequence: readonly number[],
  times: number,
  perWord: CodeCounts,
): void {
  perWord.clear();
  for (const number of sequence) {
    if (isGramWord(words[number] ?? '')) perWord.add(number, 1);
  }
  for (let i = 0; i < perWord.size; i += 1) {
    addWordGrams(counts, words[perWord.codes[i] ?? 0] ?? '', (perWord.counts[i] ?? 0) * times);
  }
}
