import type { PDFFont } from 'pdf-lib';

/**
 * Text a standard PDF font can show: compatibility forms folded (ligatures such as "ﬁ" become
 * "fi", NFKC), control characters as spaces, and characters outside the font's encoding
 * (WinAnsi) as "?". What cannot be encoded never reaches the file.
 */
export function printable(font: PDFFont, text: string, cache: Map<string, boolean>): string {
  let result = '';
  for (const char of text.normalize('NFKC')) {
    if (char === '\n') {
      result += char;
      continue;
    }
    if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char)) {
      result += ' ';
      continue;
    }
    let fits = cache.get(char);
    if (fits === undefined) {
      try {
        font.encodeText(char);
        fits = true;
      } catch {
        fits = false;
      }
      cache.set(char, fits);
    }
    result += fits ? char : '?';
  }
  return result;
}
