import type { NamedFeature } from './named-feature';

/** How much of the opening is read for the style of writing. */
const OPENING = 1000;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** Letters and capitals (code points of \p{L} and \p{Lu}) in `text`, ASCII without a regex. */
function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) letters += 1;
    else if (code >= 65 && code <= 90) {
      letters += 1;
      upper += 1;
    } else if (code >= 128) {
      const point = text.codePointAt(i) ?? code;
      const character = String.fromCodePoint(point);
      if (LETTER.test(character)) letters += 1;
      if (UPPER.test(character)) upper += 1;
      if (point > 0xffff) i += 1;
    }
  }
  return { letters, upper };
}
const MONEY = /[$€£]\s?\d|\d\s?(\$|€|euro\b|dollars?\b)/gi;

/**
 * Advertising style: shouting (more than 40 % capitals among at least 30 letters), three or more
 * exclamation marks, or three or more money amounts in the subject and the opening. Read from
 * the original text, since folding loses the capitals.
 */
export function styleSignals(subject: string, body: string): NamedFeature[] {
  const opening = `${subject}\n${body.slice(0, OPENING)}`;
  const { letters, upper } = countLetters(opening);
  const shouting = letters >= 30 && upper / letters > 0.4;
  const exclamations = opening.split('!').length - 1;
  const money = opening.match(MONEY)?.length ?? 0;
  const signals = [shouting, exclamations >= 3, money >= 3].filter(Boolean).length;
  return signals === 0 ? [] : [{ key: 'promotional-style', value: signals / 3 }];
}
