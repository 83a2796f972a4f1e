/** Class tokens that stand in for things whose exact spelling says nothing about relevance. */
export const URL_TOKEN = '<url>';
/** Stands in for any e-mail address. */
export const EMAIL_TOKEN = '<email>';
/** Stands in for any number, date or amount. */
export const NUMBER_TOKEN = '<num>';
/** Stands in for an amount of money ($ 25,000, € 4,2 miljoen, 500 euro). */
export const MONEY_TOKEN = '<money>';
/** Stands in for a run of non-Latin script (Cyrillic, Greek, Arabic, Hebrew, CJK, Hangul). */
export const SCRIPT_TOKEN = '<script>';

const PIECES =
  /(https?:\/\/\S+|www\.\S+)|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|([$€£] ?\d[\d.,]*|\d[\d.,]* ?(?:[$€£]|euro\b|dollars?\b))|(\d[\d.,:/-]*)|([\u0370-\u06ff\u3040-\u9fff\uac00-\ud7af]+)|([a-z][a-z'-]*[a-z]|[a-z]{2,})/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case with diacritics folded (é -> e, ï -> i), so "beëindigen" and "beeindigen" meet. */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * Splits Dutch or English text into word tokens: lower-case, diacritics folded, words of two
 * letters or more (apostrophes and hyphens inside a word kept), URLs, e-mail addresses,
 * amounts of money, numbers and runs of non-Latin script mapped to their class tokens.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of foldText(text).matchAll(PIECES)) {
    if (match[1] !== undefined) tokens.push(URL_TOKEN);
    else if (match[2] !== undefined) tokens.push(EMAIL_TOKEN);
    else if (match[3] !== undefined) tokens.push(MONEY_TOKEN);
    else if (match[4] !== undefined) tokens.push(NUMBER_TOKEN);
    else if (match[5] !== undefined) tokens.push(SCRIPT_TOKEN);
    else tokens.push(match[0]);
  }
  return tokens;
}
