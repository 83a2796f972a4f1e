import type { Message } from '../message';
import { attachmentNames } from './message-terms';
import { foldText } from './terms';

const WORD = /[a-z0-9]+/g;

/**
 * The distinct words of one message, each with a number: the words and the n-grams of the
 * dossier index are both read from these numbers, so each word is folded, found and hashed once.
 */
export class WordTable {
  readonly words: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `word`, given on first sight. */
  numberOf(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.length;
      this.numbers.set(word, number);
      this.words.push(word);
    }
    return number;
  }
}

/**
 * A message's words as the dossier index reads them (`[a-z0-9]+` runs of the folded text), as
 * numbers in a {@link WordTable}: the subject, the attachment names, the body up to the word
 * reading's limit, and the body again up to the n-gram reading's limit.
 */
export interface MessageWords {
  readonly table: WordTable;
  readonly subject: readonly number[];
  readonly attachments: readonly number[];
  readonly body: readonly number[];
  readonly gramBody: readonly number[];
}

/** The words of folded text, as numbers, and where each ends in it. */
function readFolded(table: WordTable, folded: string, ends?: number[]): number[] {
  const numbers: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
    numbers.push(table.numberOf(match[0]));
    ends?.push(WORD.lastIndex);
  }
  return numbers;
}

/**
 * The body as read up to `gramLimit` characters, from its reading up to `wordLimit` where the
 * shorter folded text starts the longer one (always, but for rare combining sequences at the
 * cut): the words that end before the cut, and the word the cut splits, cut.
 */
function gramBodyOf(
  table: WordTable,
  bodyText: string,
  limits: { readonly words: number; readonly grams: number },
  read: { readonly folded: string; readonly numbers: readonly number[]; readonly ends: number[] },
): readonly number[] {
  if (bodyText.length <= limits.grams && limits.grams <= limits.words) return read.numbers;
  const folded = foldText(bodyText.slice(0, limits.grams));
  if (limits.grams > limits.words || !read.folded.startsWith(folded)) {
    return readFolded(table, folded);
  }
  const cut = folded.length;
  const numbers: number[] = [];
  for (let i = 0; i < read.numbers.length; i += 1) {
    const end = read.ends[i] ?? 0;
    if (end <= cut) {
      numbers.push(read.numbers[i] ?? 0);
      continue;
    }
    const word = table.words[read.numbers[i] ?? 0] ?? '';
    const start = end - word.length;
    if (start < cut) numbers.push(table.numberOf(folded.slice(start)));
    break;
  }
  return numbers;
}

/**
 * Reads a message's words once for both text readings of the dossier index.
 * @param limits how much of the body the word reading and the n-gram reading read
 */
export function readMessageWords(
  message: Message,
  limits: { readonly words: number; readonly grams: number },
): MessageWords {
  const table = new WordTable();
  const subject = readFolded(table, foldText(message.subject));
  const attachments = readFolded(table, foldText(attachmentNames(message)));
  const folded = foldText(message.bodyText.slice(0, limits.words));
  const ends: number[] = [];
  const body = readFolded(table, folded, ends);
  const gramBody = gramBodyOf(table, message.bodyText, limits, { folded, numbers: body, ends });
  return { table, subject, attachments, body, gramBody };
}
