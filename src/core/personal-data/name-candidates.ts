/**
 * Readers of one candidate name at a word of running text, each for one way Dutch prose writes
 * a name; the recogniser (running-text-names.ts) decides which evidence suffices.
 */
import { isFirstName } from './first-names';
import { readTussenvoegsel } from './name-cues';
import { isCommonWord } from './name-lexicon';
import { hasGenericWord } from './name-stopwords';
import { isAllCapitals, isCapitalised, opensSentence, type NameToken } from './name-tokens';
import { endsLikePlace, isOrganisationWord, isPlaceName } from './place-names';

/** A candidate's first and last word and how it was recognised. */
export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly initials: number;
  readonly givens: number;
  readonly surname: boolean;
}

const isInitial = (tokens: readonly NameToken[], index: number): boolean => {
  const token = tokens[index];
  const next = tokens[index + 1];
  // A word holds Latin letters only (name-tokens.ts), so an initial is one UTF-16 unit long.
  return (
    token !== undefined &&
    token.text.length === 1 &&
    /^\p{Lu}$/u.test(token.text) &&
    next !== undefined &&
    /^\.[ \t]?$/.test(next.gapBefore)
  );
};

/** A capitalised word that can be part of a name: not a common word, a place or a unit. */
function isNameWord(token: NameToken | undefined): token is NameToken {
  if (token === undefined || !isCapitalised(token.text) || token.text.length < 2) return false;
  return !isCommonWord(token.text) && !isPlaceName(token.text) && !hasGenericWord(token.text);
}

// The name list first: most capitalised words are no given name, and one lookup tells so.
const isGiven = (token: NameToken | undefined): token is NameToken =>
  token !== undefined && isFirstName(token.text) && isNameWord(token);

/**
 * A surname word after a tussenvoegsel that follows a given name or initials may be a common
 * word or a place as well (Pieter de Wit, G. van der Meer, Lucas van Houten).
 */
function isSurnameWord(token: NameToken | undefined, relaxed: boolean): token is NameToken {
  if (!relaxed) return isNameWord(token);
  return token !== undefined && isCapitalised(token.text) && !hasGenericWord(token.text);
}

/** Reads tussenvoegsel + surname (+ "-" second part) at `index`; the index of its last token. */
export function readSurname(
  tokens: readonly NameToken[],
  index: number,
  gap: RegExp,
  relaxed = false,
): number | null {
  const particle = readTussenvoegsel(tokens, index);
  const at = index + (particle?.length ?? 0);
  const word = tokens[at];
  const opening = tokens[index];
  if (opening === undefined || !gap.test(opening.gapBefore)) return null;
  if (particle !== null && word?.gapBefore !== ' ') return null;
  if (!isSurnameWord(word, relaxed && particle !== null) || word.text.length < 3) return null;
  if (isOrganisationWord(word.text) || (isAllCapitals(word.text) && !isAllCapitals(opening.text))) {
    return null;
  }
  const after = tokens[at + 1];
  if (after?.gapBefore === '-') return readSurname(tokens, at + 1, /^-$/, relaxed) ?? at;
  // A double surname after a tussenvoegsel: Van Haersma Buma.
  if (
    particle !== null &&
    after?.gapBefore === ' ' &&
    isNameWord(after) &&
    !endsLikePlace(after.text)
  ) {
    return at + 1;
  }
  return at;
}

const joins = (tokens: readonly NameToken[], index: number, first: number): boolean =>
  index === first || /^[ -]$/.test(tokens[index]?.gapBefore ?? '');

/** PIETER DE VRIES: in capitals a name needs a surname in capitals of three letters or more. */
function readCapitalsSurname(
  tokens: readonly NameToken[],
  first: number,
  index: number,
  givens: number,
): Candidate | null {
  const last = readSurname(tokens, index, /^ $/, true);
  const word = last === null ? undefined : tokens[last];
  if (last === null || word === undefined || !isAllCapitals(word.text) || word.text.length < 3) {
    return null;
  }
  return { first, last, initials: 0, givens, surname: true };
}

/** Whether what follows a given name makes it part of a street or institution (Johan de Wittlaan). */
function continuesAsNonPerson(tokens: readonly NameToken[], index: number): boolean {
  const next = tokens[index];
  if (next === undefined || next.gapBefore !== ' ') return false;
  const particle = readTussenvoegsel(tokens, index);
  const word = tokens[index + (particle?.length ?? 0)];
  return (
    word !== undefined &&
    isCapitalised(word.text) &&
    (particle !== null || endsLikePlace(word.text))
  );
}

/** Initials or given names, then a surname if one follows: J.P. de Boer, Anne-Marie Smit, Pieter. */
export function readCandidate(tokens: readonly NameToken[], first: number): Candidate | null {
  let index = first;
  let initials = 0;
  while (initials < 4 && isInitial(tokens, index)) {
    index += 1;
    initials += 1;
  }
  let givens = 0;
  while (initials === 0 && givens < 3 && isGiven(tokens[index]) && joins(tokens, index, first)) {
    index += 1;
    givens += 1;
  }
  if (initials + givens === 0) return null;
  if (isAllCapitals(tokens[first]?.text ?? ''))
    return readCapitalsSurname(tokens, first, index, givens);
  const last = readSurname(tokens, index, initials > 0 ? /^\.?[ \t]?$/ : /^ $/, true);
  if (last !== null) return { first, last, initials, givens, surname: true };
  if (initials > 0 || continuesAsNonPerson(tokens, index)) return null;
  return { first, last: index - 1, initials, givens, surname: false };
}

/** A name after a title or role: given names or initials, else a surname on its own. */
export function readAfterCue(
  tokens: readonly NameToken[],
  index: number,
  role: boolean,
): Candidate | null {
  const candidate = readCandidate(tokens, index);
  if (candidate !== null) return candidate;
  const opening = tokens[index];
  if (opening === undefined || (role && !isCapitalised(opening.text))) return null;
  const last = readSurname(tokens, index, /^\.?[ \t]$/, !role);
  if (last === null) return null;
  // An unlisted given name before the surname: schrijver Arnon Grunberg.
  const after = tokens[last + 1];
  const end = after?.gapBefore === ' ' && isNameWord(after) && !endsLikePlace(after.text);
  return { first: index, last: end ? last + 1 : last, initials: 0, givens: 0, surname: true };
}

/** "Van der Plas", "Ter Horst" in running text: a capitalised tussenvoegsel opens a surname. */
export function readCapitalisedSurname(
  tokens: readonly NameToken[],
  index: number,
): Candidate | null {
  const opening = tokens[index]?.text ?? '';
  if (!/^(?:Van|Ter|Ten)$/.test(opening)) return null;
  const particle = readTussenvoegsel(tokens, index);
  if (particle === null || !particle.capitalised) return null;
  const last = readSurname(tokens, index, /^[^]*$/);
  return last === null ? null : { first: index, last, initials: 0, givens: 0, surname: true };
}

/** "Sybrand van Haersma Buma": an unlisted given name, then a lower-case tussenvoegsel. */
export function readUnlistedGiven(tokens: readonly NameToken[], index: number): Candidate | null {
  // The rare part first: a lower-case tussenvoegsel must follow.
  if (!/^(?:van|de|der|den|ter|ten|el)$/.test(tokens[index + 1]?.text ?? '')) return null;
  const token = tokens[index];
  if (!isNameWord(token) || opensSentence(token, index) || endsLikePlace(token.text)) return null;
  if (token.text.length < 3 || isAllCapitals(token.text)) return null;
  const particle = readTussenvoegsel(tokens, index + 1);
  if (particle === null || particle.capitalised || particle.length > 2) return null;
  const last = readSurname(tokens, index + 1, /^ $/);
  return last === null ? null : { first: index, last, initials: 0, givens: 1, surname: true };
}
