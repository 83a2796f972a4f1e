/**
 * Splits running text into words with what stands between them, for the running-text name
 * recogniser: one linear pass, and the gaps tell initials ("J.") from sentence ends.
 */

/** One word of the text and the characters between it and the previous word. */
export interface NameToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What lies between the previous word's end and this word's start. */
  readonly gapBefore: string;
  /** The word in lower case. */
  readonly lower: string;
}

// A word of Latin letters (with inner apostrophes: d'Ancona, O'Brien) or the tussenvoegsel 't.
// Plain (non-Unicode) ranges: V8 runs them several times faster than \p{L}, and Dutch names are
// written in Latin letters (Latin-1 and Latin Extended-A: é, ö, ı, ş, ğ).
const WORD = /['’]t(?![A-Za-zÀ-ÖØ-öø-ɏ])|[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏ]+)*/g;

/**
 * A word read from a text. The gap before it and its lower-case form are made only when first
 * asked for, then kept: most words are lower-case and never looked at beyond their first letter,
 * and the words around a capital are looked at by several readers.
 */
class TextWord implements NameToken {
  private gap: string | undefined;
  private lowered: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly source: string,
    private readonly previousEnd: number,
  ) {}

  get gapBefore(): string {
    this.gap ??= this.source.slice(this.previousEnd, this.start);
    return this.gap;
  }

  get lower(): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered;
  }
}

/** The words of `text` from `from` to `to` (the whole text by default), in order. */
export function tokenizeNames(text: string, from = 0, to = text.length): NameToken[] {
  const tokens: NameToken[] = [];
  let previousEnd = from;
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    if (start >= to) break;
    const end = start + match[0].length;
    tokens.push(new TextWord(match[0], start, end, text, previousEnd));
    previousEnd = end;
  }
  return tokens;
}

/** Whether the word starts with a capital: Jansen, Özdemir, d'Ancona, 't is not. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) return code === 100 && /^d['’]\p{Lu}/u.test(word);
  if (code >= 65 && code <= 90) return true;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether the word is written in capitals throughout (JANSEN), two letters or more. */
export function isAllCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether the word opens a sentence, a line or a list item. */
export function opensSentence(token: NameToken, index: number): boolean {
  if (index === 0 && token.start === token.gapBefore.length) return true;
  return /[.!?:;\n•*>"“([]\s*$/.test(token.gapBefore) || /\n/.test(token.gapBefore);
}
