/**
 * The lexicon pass of the name recogniser: capitalised runs in prose that the cue-based readers
 * leave alone ("Kok zei", "volgens Van der Laan", "Najib Amhali", "Smit:" in minutes, a surname
 * alone after the full name was given), decided on what the lexicon says of each word and on
 * the words around the run. Needs the name lexicon; see lexicon/name-lexicon.ts. The pass
 * itself, over a whole text, is lexicon-pass.ts.
 */
import { isFirstName } from './first-names';
import type { NameLexicon } from './lexicon/name-lexicon';
import { isBeforeSpeaker, isBeforeThing, isSpeechVerb } from './name-context';
import { isRole, isTitle } from './name-cues';
import { isCommonWord } from './name-lexicon';
import type { NameRun } from './name-run';
import { listedWithName, namedElsewhere } from './name-neighbours';
import { hasGenericWord } from './name-stopwords';
import { isAllCapitals, opensSentence, type NameToken } from './name-tokens';
import { isOrganisationWord, isPlaceName, isStreetName } from './place-names';

/** What the lexicon says of the words of one run. */
export interface WordKinds {
  readonly person: number;
  /** Words that are ordinary words and not people's names as well. */
  readonly commonOnly: number;
  /** Words that are common, whatever else they are. */
  readonly common: number;
  readonly other: number;
  /** Words that are places or other proper nouns and not people's names as well. */
  readonly otherOnly: number;
  readonly total: number;
}

const PERSON = 1;
const COMMON = 2;
const OTHER = 4;

/** What the lexicon says of one word, as bits: a person's name, an ordinary word, a thing. */
function wordFlags(word: string, lexicon: NameLexicon): number {
  let flags = 0;
  if (isFirstName(word) || lexicon.isPersonName(word)) flags |= PERSON;
  if (isCommonWord(word) || lexicon.isCommonWord(word) || isParticiple(word)) flags |= COMMON;
  if (isPlaceName(word) || lexicon.isOtherProperName(word)) flags |= OTHER;
  return flags;
}

/**
 * Counts the kinds of the run's words. `memo` holds each written word's flags for the whole
 * text, so overlapping runs and a word repeated in a long text look it up once.
 */
export function kindsOf(
  tokens: readonly NameToken[],
  run: NameRun,
  lexicon: NameLexicon,
  memo: Map<string, number>,
): WordKinds {
  let person = 0;
  let commonOnly = 0;
  let common = 0;
  let other = 0;
  let otherOnly = 0;
  for (const position of run.words) {
    const word = tokens[position]?.text ?? '';
    if (word.length === 1) continue;
    let flags = memo.get(word);
    if (flags === undefined) {
      flags = wordFlags(word, lexicon);
      memo.set(word, flags);
    }
    const isPerson = run.afterParticle.includes(position) || (flags & PERSON) !== 0;
    const isCommon = (flags & COMMON) !== 0;
    if (isPerson) person += 1;
    if (isCommon) common += 1;
    if (isCommon && !isPerson) commonOnly += 1;
    if ((flags & OTHER) !== 0) other += 1;
    if ((flags & OTHER) !== 0 && !isPerson) otherOnly += 1;
  }
  return { person, commonOnly, common, other, otherOnly, total: run.words.length };
}

// Past participles and the like that open a sentence: Afgesproken, Besloten, Ingediend.
const PARTICIPLE = /^[a-z]{0,6}ge[a-z]{3,}(?:d|t|en)$/;
const isParticiple = (word: string): boolean => PARTICIPLE.test(word.toLowerCase());

// The labels of a mail header, which a colon follows as it follows a speaker.
const HEADER_LABEL = /^(?:from|to|cc|bcc|subject|sent|date|van|aan|onderwerp|datum|verzonden)$/i;

const isAcronym = (word: string): boolean =>
  word.length >= 2 && word.length <= 5 && isAllCapitals(word);

const lower = (token: NameToken | undefined): string | undefined => token?.lower;

/**
 * A word of the run names a firm or a street. After a tussenvoegsel "Laan" is a surname (Van
 * der Laan); "Pruisenweg" is still a street.
 */
function hasFirmWord(tokens: readonly NameToken[], run: NameRun): boolean {
  for (const position of run.words) {
    const word = tokens[position]?.text ?? '';
    const firm = run.afterParticle.includes(position)
      ? isStreetName(word)
      : isOrganisationWord(word);
    if (firm) return true;
  }
  return false;
}

/** Whether some word of the run is (`capitals`) or is not (`!capitals`) written in capitals. */
function someWordIn(tokens: readonly NameToken[], run: NameRun, capitals: boolean): boolean {
  for (const position of run.words) {
    if (isAllCapitals(tokens[position]?.text ?? '') === capitals) return true;
  }
  return false;
}

function hasAcronym(tokens: readonly NameToken[], run: NameRun): boolean {
  for (const position of run.words) if (isAcronym(tokens[position]?.text ?? '')) return true;
  return false;
}

/** The run names a thing: after an article or a place preposition, before a firm's word. */
export function namesThing(tokens: readonly NameToken[], run: NameRun, text: string): boolean {
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const first = tokens[run.first];
  if (first === undefined) return true;
  const article = run.particleLed && /^(?:de|den|het)$/i.test(first.text);
  if (before !== undefined && first.gapBefore === ' ' && isBeforeThing(lower(before))) {
    if (!run.particleLed || article) return true;
  }
  if (after !== undefined && after.gapBefore === ' ' && isOrganisationWord(after.text)) return true;
  if (/&\s*$/.test(first.gapBefore) || /^\s*&/.test(after?.gapBefore ?? '')) return true;
  // A date: "2 May", "14 Juni".
  if (/\d[ \t]$/.test(text.slice(Math.max(0, first.start - 2), first.start))) return true;
  const span = text.slice(first.start, tokens[run.last]?.end ?? first.end);
  if (hasFirmWord(tokens, run)) return true;
  const acronym = run.words.length === 1 && isAllCapitals(first.text) && first.text.length < 5;
  if (hasGenericWord(span) || (acronym && !run.particleLed)) return true;
  // An acronym beside ordinary capitals names an organisation: "De VNG", "Franse IBAN".
  const mixed = !isAllCapitals(first.text) || someWordIn(tokens, run, false);
  return mixed && hasAcronym(tokens, run);
}

/**
 * A role, title, "volgens" or "aldus" right before the run: it names a person even when its
 * word is an ordinary one as well (wethouder Stam, volgens Bakker).
 */
function namedByCue(tokens: readonly NameToken[], run: NameRun): boolean {
  const before = tokens[run.first - 1];
  const first = tokens[run.first];
  if (before === undefined || first === undefined || !/^[ \t]$/.test(first.gapBefore)) return false;
  if (isBeforeSpeaker(lower(before))) return true;
  return isRole(before, tokens[run.first - 2]) || isTitle(before);
}

/** Strong evidence from the words around the run that it names a person. */
function speakerContext(tokens: readonly NameToken[], run: NameRun, named: boolean): boolean {
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const first = tokens[run.first];
  if (first === undefined) return false;
  const gapAfter = after?.gapBefore ?? '';
  if (namedByCue(tokens, run)) return true;
  if (before !== undefined && /^[ \t]$/.test(first.gapBefore) && isSpeechVerb(before.text)) {
    return true;
  }
  if (after !== undefined && gapAfter === ' ' && isSpeechVerb(after.text)) return true;
  // An age in brackets: "Jansen (54)". A word holds no digits, so the gap holds the whole age.
  if (gapAfter.startsWith(' (') && /^ \(\d{1,3}\)/.test(gapAfter)) return true;
  // A speaker in minutes: "Smit: ...", "- VAN DIJK: ...", at the start of a line.
  const lineStart = run.first === 0 || /\n[ \t]*(?:[-–•*][ \t]*)?$/.test(first.gapBefore);
  const label = !run.particleLed && run.words.length === 1 && HEADER_LABEL.test(first.text);
  return lineStart && /^:/.test(gapAfter) && run.words.length <= 3 && named && !label;
}

/** Whether the run, with what the lexicon says of it and its context, is a person's name. */
export function isPersonRun(
  tokens: readonly NameToken[],
  run: NameRun,
  kinds: WordKinds,
  known: ReadonlySet<string>,
  found: (start: number, end: number) => boolean,
): boolean {
  const first = tokens[run.first];
  if (first === undefined) return false;
  // A place among the words makes the run a place or an institution: Stichting Oud Utrecht.
  if (kinds.otherOnly > 0) return false;
  if (kinds.commonOnly > 0) return namedByCue(tokens, run) && !opensSentence(first, run.first);
  // A field label at the start of a line ("Vergaderdata:") is no speaker: a speaker in
  // minutes is a known name or opens with a tussenvoegsel ("Smit:", "VAN DIJK:").
  const named = kinds.person > 0 || run.particleLed;
  if (run.initials > 0 || speakerContext(tokens, run, named)) return true;
  // "De Linde", "De Kikker": a capitalised article opens a venue's name as often as a surname.
  if (run.particleLed && /^(?:de|den|het)$/i.test(first.text)) return false;
  if (namedElsewhere(tokens, run, known)) return true;
  if (kinds.person > 0 && listedWithName(tokens, run, found)) return true;
  if (kinds.person === kinds.total && kinds.total >= 2) return true;
  if (kinds.other > 0 || kinds.common > 0 || opensSentence(first, run.first)) return false;
  // Mid-sentence: a known name, a capitalised tussenvoegsel and a surname, or unknown words.
  return kinds.person > 0 || run.particleLed || (kinds.total >= 2 && !run.endsWithInitial);
}
