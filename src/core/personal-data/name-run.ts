/**
 * A run of capitalised words that may be a name, read in running text for the lexicon pass of
 * the name recogniser: tussenvoegsels inside it (Van der Laan, Hugo ter Beek), hyphenated
 * parts (Bos-Verhagen), a closing initial after a given name (Stanley H.), in any case
 * (VAN DIJK). The run stops at punctuation and at the fifth word.
 */
import { readTussenvoegsel } from './name-cues';
import { isCapitalised, type NameToken } from './name-tokens';

/** The tokens of one run: where it starts and ends, and which of its tokens are particles. */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  /** Positions (token indexes) of the words that carry the name, particles left out. */
  readonly words: readonly number[];
  /** Whether the run opens with a capitalised tussenvoegsel (De Boer, El Khatib). */
  readonly particleLed: boolean;
  /** Whether it ends with an initial and its full stop (Dennis K.). */
  readonly endsWithInitial: boolean;
  /** How many initials open it (F. de Jong, M. Pronk). */
  readonly initials: number;
  /** Words (token indexes) that follow a tussenvoegsel: surnames, whatever else they mean. */
  readonly afterParticle: readonly number[];
}

const MAX_WORDS = 5;
const joined = (token: NameToken | undefined): boolean =>
  token !== undefined && (token.gapBefore === ' ' || token.gapBefore === '-');

const isInitialAt = (tokens: readonly NameToken[], index: number): boolean => {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    token !== undefined &&
    token.text.length === 1 &&
    /^\p{Lu}$/u.test(token.text) &&
    (next === undefined || next.gapBefore.startsWith('.'))
  );
};

/** Reads the run that starts at `index`, or null when no capitalised word opens one there. */
export function readNameRun(tokens: readonly NameToken[], index: number): NameRun | null {
  const opening = tokens[index];
  if (opening === undefined || !isCapitalised(opening.text)) return null;
  const words: number[] = [];
  const afterParticle: number[] = [];
  let at = index;
  let initials = 0;
  while (initials < 4 && isInitialAt(tokens, at) && tokens[at + 1] !== undefined) {
    at += 1;
    initials += 1;
  }
  if (initials > 0 && !/^\.[ \t]?$/.test(tokens[at]?.gapBefore ?? '')) return null;
  const start = at;
  let particleLed = false;
  let endsWithInitial = false;
  while (words.length < MAX_WORDS && (at === start || joined(tokens[at]))) {
    const particle = readTussenvoegsel(tokens, at);
    if (particle !== null) {
      const after = tokens[at + particle.length];
      if (after === undefined || after.gapBefore !== ' ' || !isCapitalised(after.text)) break;
      if (at === index) particleLed = particle.capitalised;
      at += particle.length;
      afterParticle.push(at);
      continue;
    }
    const token = tokens[at];
    if (token === undefined || !isCapitalised(token.text)) break;
    if (token.text.length === 1) {
      if (words.length > 0 && isInitialAt(tokens, at)) {
        words.push(at);
        endsWithInitial = true;
      }
      break;
    }
    words.push(at);
    at += 1;
  }
  const last = words[words.length - 1];
  if (last === undefined) return null;
  return { first: index, last, words, particleLed, endsWithInitial, initials, afterParticle };
}
