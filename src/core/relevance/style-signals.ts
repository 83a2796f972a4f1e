import type { NamedFeature } from './named-feature';

/** How much of the opening is read for the style of writing. */
const OPENING = 1000;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const MONEY = /[$€£]\s?\d|\d\s?(\$|€|euro\b|dollars?\b)/gi;

/**
 * Advertising style: shouting (more than 40 % capitals among at least 30 letters), three or more
 * exclamation marks, or three or more money amounts in the subject and the opening. Read from
 * the original text, since folding loses the capitals.
 */
export function styleSignals(subject: string, body: string): NamedFeature[] {
  const opening = `${subject}\n${body.slice(0, OPENING)}`;
  const letters = opening.match(LETTER)?.length ?? 0;
  const upper = opening.match(UPPER)?.length ?? 0;
  const shouting = letters >= 30 && upper / letters > 0.4;
  const exclamations = opening.split('!').length - 1;
  const money = opening.match(MONEY)?.length ?? 0;
  const signals = [shouting, exclamations >= 3, money >= 3].filter(Boolean).length;
  return signals === 0 ? [] : [{ key: 'promotional-style', value: signals / 3 }];
}
