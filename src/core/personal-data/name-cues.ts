import type { NameToken } from './name-tokens';
import { isCapitalised } from './name-tokens';

/**
 * The words around a name in running text: titles and forms of address before it (mevrouw,
 * dhr., mr., prof.), roles that are followed by a surname (minister Hoekstra, wethouder Van
 * Dijk) and tussenvoegsels inside it (van der, 't, ter).
 */

const TITLES: ReadonlySet<string> = new Set(
  'mevrouw mevr mw meneer heer dhr mr dr prof drs ing ir ds mrs ms miss sir'.split(' '),
);

const ROLES: ReadonlySet<string> = new Set(
  `minister staatssecretaris premier burgemeester wethouder gedeputeerde commissaris
  kamerlid raadslid statenlid senator europarlementariër fractievoorzitter lijsttrekker
  woordvoerder advocaat notaris rechter ombudsman collega oud-minister oud-wethouder
  oud-burgemeester voorzitter koning koningin prins prinses familie schrijver schrijfster
  historicus onderzoeker trainer bewoner bewoonster boer boerin inspecteur inspecteurs
  toezichthouder toezichthouders voorlichter getuige verdachte melder
  huurder klager klaagster verzoeker verzoekster aanvrager regiocoördinator projectleider
  teamleider adviseur hoogleraar journalist dokter huisarts`
    .trim()
    .split(/\s+/),
);

/** Every title and role, for a cheap scan for the places where a name may start. */
export const CUE_WORDS: readonly string[] = [...TITLES, ...ROLES, 'lid'];

const CUES: ReadonlySet<string> = new Set(CUE_WORDS);

/** Whether the word (any case) is a title or a role: a name may follow it. */
export function isCueWord(word: string): boolean {
  if (word.length > 18) return false;
  return CUES.has(word) || CUES.has(word.toLowerCase());
}

/** Whether the token is a title or form of address ("de heer" counts as its "heer"). */
export function isTitle(token: NameToken): boolean {
  return TITLES.has(token.lower);
}

/** Whether the token is a role that a surname may follow, or "lid" in "het lid Van der Plas". */
export function isRole(token: NameToken, previous: NameToken | undefined): boolean {
  const word = token.lower;
  if (word === 'lid') return previous?.lower === 'het';
  return ROLES.has(word);
}

// Tussenvoegsels of one, two or three words, as lower-case word sequences, longest first.
const TUSSENVOEGSEL_LIST: readonly (readonly string[])[] = [
  'van der',
  'van den',
  'van de',
  'van het',
  "van 't",
  'van ’t',
  "in 't",
  'in ’t',
  'in de',
  'in het',
  'op de',
  'op den',
  'op ten',
  "op 't",
  'uit de',
  'uit den',
  'uit het',
  'von der',
  'van',
  'de',
  'den',
  'der',
  'ter',
  'ten',
  'te',
  "'t",
  '’t',
  'von',
  'du',
  'da',
  'di',
  'la',
  'le',
  'el',
  'al',
  'dos',
  'das',
  'del',
  'bin',
].map((words) => words.split(' '));

// The same, by first word, so most words cost one lookup.
const TUSSENVOEGSELS = new Map<string, (readonly string[])[]>();
for (const words of TUSSENVOEGSEL_LIST) {
  const first = words[0] ?? '';
  TUSSENVOEGSELS.set(first, [...(TUSSENVOEGSELS.get(first) ?? []), words]);
}

/** A tussenvoegsel read at a token: how many tokens it takes, and whether it opens capitalised. */
export interface Tussenvoegsel {
  readonly length: number;
  readonly capitalised: boolean;
}

/** Reads the longest tussenvoegsel at `index` whose words are separated by single spaces. */
export function readTussenvoegsel(
  tokens: readonly NameToken[],
  index: number,
): Tussenvoegsel | null {
  const first = tokens[index];
  if (first === undefined || first.text.length > 3) return null;
  for (const words of TUSSENVOEGSELS.get(first.lower) ?? []) {
    if (wordsAt(tokens, index, words)) {
      return { length: words.length, capitalised: isCapitalised(first.text) };
    }
  }
  return null;
}

/** Whether `words` stand at `index`, in any case, separated by single spaces. */
function wordsAt(tokens: readonly NameToken[], index: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset += 1) {
    const token = tokens[index + offset];
    if (token === undefined || token.lower !== words[offset]) return false;
    if (offset > 0 && token.gapBefore !== ' ') return false;
  }
  return true;
}

const BEFORE_NON_PERSON: ReadonlySet<string> = new Set(
  'sint st stichting fonds museum universiteit hogeschool school basisschool het'.split(' '),
);

/** Whether the word before a candidate makes it a saint, a place, an institution or a language. */
export function isNonPersonPrefix(token: NameToken | undefined): boolean {
  return token !== undefined && BEFORE_NON_PERSON.has(token.lower);
}

/** Whether `word` (any case) is one word of a tussenvoegsel: van, der, ter, 't, el. */
export function isTussenvoegselWord(word: string): boolean {
  return TUSSENVOEGSELS.has(word.toLowerCase()) || /^(?:der|den|het)$/i.test(word);
}
