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
const HAS_DIGIT = /\d/;

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

/**
 * Every string in a text that could be a kenmerk or zaaknummer: runs of letters and digits joined
 * by `-`, `/`, `.` or `_` that contain a digit, also with a preceding letter prefix separated by
 * one space (`BZK 2025-0113`). Callers look the normalised forms up in their registry.
 */
export function findKenmerkMentions(text: string): KenmerkMention[] {
  const mentions: KenmerkMention[] = [];
  // Every candidate holds a digit: a text without one (most subjects) needs no scan.
  if (!HAS_DIGIT.test(text)) return mentions;
  for (const match of text.matchAll(CANDIDATE)) {
    const [, prefix, written] = match;
    if (written === undefined) continue;
    if (looksLikeKenmerk(written))
      mentions.push({ written, normalised: normaliseKenmerk(written) });
    if (prefix !== undefined) {
      const joined = `${prefix} ${written}`;
      mentions.push({ written: joined, normalised: normaliseKenmerk(joined) });
    }
  }
  return mentions;
}
