import { stemWord } from './stem';

/**
 * The form in which a folded word is compared with a dossier's name: OCR's commonest misreadings
 * undone (`rn` read for `m`, `1` for `l` and `0` for `o` inside a word of letters), then
 * stemmed, so `Rozengracht`, `R0zengracht` and `rozengrachten` meet. Words that are mostly
 * digits (`224a`, `2023`) keep their digits.
 */
export function nameKey(word: string): string {
  let letters = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) letters += 1;
  }
  let read = word;
  const digits = word.length - letters;
  if (digits > 0 && letters > digits) read = read.replace(/1/g, 'l').replace(/0/g, 'o');
  if (read.includes('rn')) read = read.replace(/rn/g, 'm');
  return stemWord(read);
}

/** Keys this long or longer also match with one letter dropped, added or misread. */
export const FUZZY_FROM_LENGTH = 6;

/**
 * A key with each of its letters left out in turn: two keys one edit apart (a letter dropped,
 * added or misread) share one of these forms, or one is such a form of the other.
 */
export function deletions(key: string): string[] {
  const forms: string[] = [];
  for (let i = 0; i < key.length; i += 1) forms.push(key.slice(0, i) + key.slice(i + 1));
  return forms;
}
