import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import {
  readAfterCue,
  readCandidate,
  readCapitalisedSurname,
  readUnlistedGiven,
  type Candidate,
} from './name-candidates';
import { CUE_WORDS, isCueWord, isNonPersonPrefix, isRole, isTitle } from './name-cues';
import { firstNameKind } from './first-names';
import { isAllCapitals, isCapitalised, opensSentence, type NameToken } from './name-tokens';
import { tokenizeNames } from './name-tokens';
import { isOrganisationWord } from './place-names';

interface Cue {
  readonly kind: 'title' | 'role' | 'none';
  readonly next: number;
}

/** The title(s) or role at `index`, and the word where the name would start. */
function readCue(tokens: readonly NameToken[], index: number): Cue {
  let next = index;
  for (let token = tokens[next]; token !== undefined && isTitle(token); token = tokens[next]) {
    next += 1;
  }
  if (next > index) return { kind: 'title', next };
  const token = tokens[index];
  if (token !== undefined && isRole(token, tokens[index - 1]))
    return { kind: 'role', next: index + 1 };
  return { kind: 'none', next: index };
}

/**
 * A given name without a surname must be a Dutch one, and when it opens a sentence a lower-case
 * word must follow ("Sanne heeft"); names in capitals need a surname.
 */
function givenAloneHolds(tokens: readonly NameToken[], candidate: Candidate): boolean {
  const first = tokens[candidate.first];
  if (first === undefined) return false;
  if (isAllCapitals(first.text)) return candidate.surname;
  if (candidate.surname || candidate.givens > 1) return true;
  // Alone, a given name must be a Dutch one of three letters or more (not Ed, Ken, Can).
  if (first.text.length < 3 || firstNameKind(first.text) !== 'dutch') return false;
  const after = tokens[candidate.last + 1];
  if (after?.gapBefore === '-') return false;
  if (!opensSentence(first, candidate.first)) return true;
  return after !== undefined && after.gapBefore === ' ' && /^\p{Ll}/u.test(after.text);
}

function belongsToOrganisation(tokens: readonly NameToken[], candidate: Candidate): boolean {
  const after = tokens[candidate.last + 1];
  return after !== undefined && after.gapBefore === ' ' && isOrganisationWord(after.text);
}

function candidateAt(tokens: readonly NameToken[], index: number): Candidate | null {
  const token = tokens[index];
  // Most words are lower-case and no title or role: they open no name (the fast path).
  if (token === undefined) return null;
  if (!isCapitalised(token.text) && !isCueWord(token.text)) return null;
  const cue = readCue(tokens, index);
  if (cue.kind !== 'none') return readAfterCue(tokens, cue.next, cue.kind === 'role');
  const candidate = readCandidate(tokens, index);
  if (candidate !== null) return givenAloneHolds(tokens, candidate) ? candidate : null;
  return readCapitalisedSurname(tokens, index) ?? readUnlistedGiven(tokens, index);
}

/**
 * Finds person names in running Dutch prose: given names from a name list (Pieter de Vries,
 * Anne-Marie van den Berg-Jansen), initials (A. Jansen-Bakker), names after a title or a
 * form of address (mr. dr. Smit, mevrouw Bakker) or a role (minister Hoekstra, het lid Van der
 * Plas), surnames opened by a capitalised tussenvoegsel (Van der Plas), names in capitals
 * (PIETER DE VRIES). Organisations, places, ministries, laws, months and weekdays are not
 * reported. One linear pass over the words of the text.
 */
export function findRunningTextNames(
  text: string,
  stretches: readonly (readonly NameToken[])[] = segments(text).map(([from, to]) =>
    tokenizeNames(text, from, to),
  ),
): Finding[] {
  const findings: Finding[] = [];
  for (const tokens of stretches) findInTokens(text, tokens, findings);
  return findings;
}

function findInTokens(text: string, tokens: readonly NameToken[], findings: Finding[]): void {
  for (let index = 0; index < tokens.length; index += 1) {
    const candidate = candidateAt(tokens, index);
    if (candidate === null) continue;
    const first = tokens[candidate.first];
    const last = tokens[candidate.last];
    const rejected =
      belongsToOrganisation(tokens, candidate) || isNonPersonPrefix(tokens[candidate.first - 1]);
    if (first !== undefined && last !== undefined && !rejected) {
      findings.push(makeFinding('person-name', text, first.start, last.end));
    }
    index = candidate.last;
  }
}

// Where a name may start: a capital, or a title or role in lower case. A plain scan.
const ANCHOR = new RegExp(`[A-ZÀ-ÖØ-Þ]|\\b(?:${CUE_WORDS.join('|')})\\b`, 'g');
const BEFORE = 40;
const AFTER = 100;

/**
 * The stretches of text around capitals and cue words, merged where they meet: only these are
 * split into words, so a text of lower-case prose costs one cheap scan.
 */
export function segments(text: string): [number, number][] {
  const found: [number, number][] = [];
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(text); match !== null; match = ANCHOR.exec(text)) {
    const from = Math.max(0, match.index - BEFORE);
    const to = Math.min(text.length, match.index + AFTER);
    const last = found[found.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = to;
    else found.push([spaceBefore(text, from), to]);
  }
  return found;
}

/** The start of the word at `index`, so a segment never opens inside a word. */
function spaceBefore(text: string, index: number): number {
  let at = index;
  while (at > 0 && !/\s/.test(text.charAt(at - 1))) at -= 1;
  return at;
}
