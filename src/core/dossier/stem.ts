const STEMMED_FROM_LENGTH = 6;
const SUFFIXES = ['en', 'es', 's', 'e'] as const;
const DOUBLED = new Set('bcdfgklmnprstz');

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * A light Dutch stemmer: strips the plural and inflection endings (`-en`, `-es`, `-s`, `-e`,
 * `-heden` to `-heid`) and a doubled final consonant, so `bewoners`/`bewoner` and
 * `plannen`/`plan` meet. Words under six letters and words with digits stay as they are. It is
 * deliberately crude: it only has to map forms of one word together, never to produce a word.
 */
export function stemWord(word: string): string {
  if (word.length < STEMMED_FROM_LENGTH || hasDigit(word)) return word;
  if (word.endsWith('heden')) return `${word.slice(0, -5)}heid`;
  const suffix = SUFFIXES.find((ending) => word.endsWith(ending));
  const stem = suffix === undefined ? word : word.slice(0, -suffix.length);
  const last = stem.charAt(stem.length - 1);
  return DOUBLED.has(last) && stem.charAt(stem.length - 2) === last ? stem.slice(0, -1) : stem;
}
