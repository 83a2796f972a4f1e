/** A reference number as written in a text, with the form it is compared in. */
export interface KenmerkMention {
  /** As written, e.g. `BZK 2025-0113`. */
  readonly written: string;
  /** Upper-case letters and digits only, e.g. `BZK20250113`. */
  readonly normalised: string;
}

// A run of letters and digits joined by separators that holds a digit (the lookahead keeps the
// scan from building a match for every plain word), with an optional letter prefix one space before.
const CANDIDATE =
  /(?<![A-Za-z0-9])(?:([A-Za-z]{1,8}) )?((?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*)/g;
const MIN_KENMERK_LENGTH = 5;

/**
 * The form in which kenmerken and zaaknummers are compared: upper case, separators removed, so
 * `bzk-2025-0113`, `BZK/2025/0113` and `BZK 2025-0113` are one kenmerk.
 */
export function normaliseKenmerk(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Whether a string can serve as a kenmerk: at least five letters/digits and at least one digit.
 * Plain words (a dossier id such as `irenestraat-waspik`) are left to the text similarity.
 */
export function looksLikeKenmerk(text: string): boolean {
  const normalised = normaliseKenmerk(text);
  return normalised.length >= MIN_KENMERK_LENGTH && /\d/.test(normalised);
}

/** Characters a kenmerk with its prefix is made of; any other character ends a stretch. */
function isStretchCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 32 || // the space between prefix and kenmerk
    code === 45 || // -
    code === 46 || // .
    code === 47 || // /
    code === 95 // _
  );
}

function collectMentions(stretch: string, mentions: KenmerkMention[]): void {
  for (const match of stretch.matchAll(CANDIDATE)) {
    const [, prefix, written] = match;
    if (written === undefined) continue;
    if (looksLikeKenmerk(written))
      mentions.push({ written, normalised: normaliseKenmerk(written) });
    if (prefix !== undefined) {
      const joined = `${prefix} ${written}`;
      mentions.push({ written: joined, normalised: normaliseKenmerk(joined) });
    }
  }
}

const DIGIT = /\d/g;

/**
 * Every string in a text that could be a kenmerk or zaaknummer: runs of letters and digits joined
 * by `-`, `/`, `.` or `_` that contain a digit, also with a preceding letter prefix separated by
 * one space (`BZK 2025-0113`). Callers look the normalised forms up in their registry.
 * A mention never holds a character outside letters, digits, these separators and the space, so
 * only the stretches of such characters around a digit are read with the pattern: the character
 * before a stretch is none of them, so the pattern finds in the stretch alone what it finds there
 * in the whole text.
 */
export function findKenmerkMentions(text: string): KenmerkMention[] {
  const mentions: KenmerkMention[] = [];
  DIGIT.lastIndex = 0;
  for (let digit = DIGIT.exec(text); digit !== null; digit = DIGIT.exec(text)) {
    let start = digit.index;
    while (start > 0 && isStretchCharacter(text.charCodeAt(start - 1))) start -= 1;
    let end = digit.index + 1;
    while (end < text.length && isStretchCharacter(text.charCodeAt(end))) end += 1;
    collectMentions(text.slice(start, end), mentions);
    DIGIT.lastIndex = end;
  }
  return mentions;
}
