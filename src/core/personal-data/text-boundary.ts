/**
 * Boundary checks done in code rather than in lookbehinds: V8 scans much faster with plain
 * (non-`u`) regular expressions that have no leading lookbehind, so detectors find a cheap
 * anchor first and check the Unicode-aware boundary around it here.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

/** Whether the character at `index` is a letter or digit in any script (false outside text). */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return LETTER_OR_DIGIT.test(text.charAt(index));
}

/** Whether the character at `index` is one of `chars` (false outside the text). */
export function isCharAt(text: string, index: number, chars: string): boolean {
  if (index < 0 || index >= text.length) return false;
  return chars.includes(text.charAt(index));
}

/**
 * Runs a sticky (`y`) pattern exactly at `index`. It sets `lastIndex` before every run, so a
 * module-level pattern can be shared (the core is synchronous) without being compiled again.
 */
export function execAt(sticky: RegExp, text: string, index: number): RegExpExecArray | null {
  sticky.lastIndex = index;
  return sticky.exec(text);
}
