import type { Finding } from '../assessment';
import { makeFinding } from './finding';
import { findHeaderNames } from './header-names';
import { findLabelledNames } from './labelled-names';
import { decideRuns, readRunCandidates } from './lexicon-pass';
import type { NameLexicon } from './lexicon/name-lexicon';
import { isTussenvoegselWord } from './name-cues';
import { isCommonWord } from './name-lexicon';
import { tokenizeNames, type NameToken } from './name-tokens';
import { isOrganisationWord, isStreetName } from './place-names';
import { resolveOverlaps } from './resolve-overlaps';
import { findRunningTextNames, segments } from './running-text-names';
import { findSalutationNames } from './salutation-names';
import { findSignatureNames } from './signature-names';
import { findTitledNames } from './titled-names';

const NAME_WORD = /[\p{L}'’]{3,}/gu;

/** Whether a word of a found name identifies a person on its own (not "van", "Jan"). */
function identifies(word: string, lexicon: NameLexicon): boolean {
  if (isTussenvoegselWord(word) || isCommonWord(word)) return false;
  return !lexicon.isCommonWord(word) || lexicon.isPersonName(word);
}

/**
 * The words of found names that identify a person on their own later on, in lower case.
 * `memo` keeps each written word's answer, so a name repeated in a long text is looked up once.
 */
function knownWords(
  findings: readonly Finding[],
  lexicon: NameLexicon,
  memo: Map<string, boolean>,
): Set<string> {
  const words = new Set<string>();
  for (const finding of findings) {
    for (const [word] of finding.text.matchAll(NAME_WORD)) {
      let known = memo.get(word);
      if (known === undefined) {
        known = identifies(word, lexicon);
        memo.set(word, known);
      }
      if (known) words.add(word.toLowerCase());
    }
  }
  return words;
}

/**
 * A finding of two or more words, none a name, each an ordinary word or a place (Art Center);
 * or one after a capitalised article inside a sentence, which names a venue or a paper
 * ("vergaderzaal De Linde", "Het Parool").
 */
function isNoName(text: string, finding: Finding, lexicon: NameLexicon): boolean {
  const before = text.slice(Math.max(0, finding.start - 6), finding.start);
  if (/[\p{Ll},][ \t]+(?:De|Het)[ \t]$/u.test(before)) return true;
  const words = [...finding.text.matchAll(NAME_WORD)].map(([word]) => word);
  const last = words[words.length - 1] ?? '';
  if (isOrganisationWord(last) || (words.length > 1 && isStreetName(last))) return true;
  return (
    words.length > 1 &&
    !finding.text.includes('.') &&
    words.every(
      (word) =>
        !lexicon.isPersonName(word) &&
        (lexicon.isCommonWord(word) || lexicon.isOtherProperName(word)),
    )
  );
}

function addLexiconNames(
  text: string,
  found: Finding[],
  lexicon: NameLexicon,
  stretches: readonly (readonly NameToken[])[],
): Finding[] {
  let findings = found.filter((finding) => !isNoName(text, finding, lexicon));
  const candidates = readRunCandidates(stretches, lexicon);
  const memo = new Map<string, boolean>();
  // Twice: a name the first pass finds makes its surname known for the second.
  for (let pass = 0; pass < 2; pass += 1) {
    const sorted = findings;
    const taken = (start: number, end: number): boolean => overlapsAny(sorted, start, end);
    const added = decideRuns(
      text,
      candidates,
      knownWords(findings, lexicon, memo),
      taken,
      pass > 0,
    );
    if (added.length === 0) break;
    findings = resolveOverlaps([...findings, ...added]);
  }
  return joinAdjacent(text, findings);
}

/**
 * Whether `start..end` overlaps one of `findings`, which are sorted by start and do not overlap
 * one another (as resolveOverlaps leaves them): a binary search, so a long text stays linear.
 */
function overlapsAny(findings: readonly Finding[], start: number, end: number): boolean {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((findings[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = findings[low];
  return candidate !== undefined && candidate.start < end;
}

/** Two names side by side are one name read in two parts: "Chimamanda Ngozi" "Adichie". */
function joinAdjacent(text: string, findings: readonly Finding[]): Finding[] {
  const joined: Finding[] = [];
  for (const finding of findings) {
    const last = joined[joined.length - 1];
    const between = last === undefined ? '' : text.charAt(last.end);
    const adjacent = last !== undefined && finding.start === last.end + 1;
    if (adjacent && finding.type === last.type && (between === ' ' || between === '-')) {
      joined[joined.length - 1] = makeFinding(last.type, text, last.start, finding.end);
    } else joined.push(finding);
  }
  return joined;
}

/**
 * Finds person names where mail puts them: salutations, signatures, From/To/Cc lines, name
 * fields (Naam:, Contactpersoon:), after a form of address, and in running text. Each name
 * once: where two readers overlap, the longer reading stays. With the name lexicon, prose is
 * read further: surnames alone next to a verb of speaking, speakers in minutes, names the
 * lexicon knows, and a surname again after the full name (see lexicon-names.ts).
 */
export function findPersonNames(text: string, lexicon?: NameLexicon): Finding[] {
  // The stretches around capitals, split into words once for both running-text readers.
  const stretches = segments(text).map(([from, to]) => tokenizeNames(text, from, to));
  const found = resolveOverlaps([
    ...findSalutationNames(text),
    ...findSignatureNames(text),
    ...findHeaderNames(text),
    ...findTitledNames(text),
    ...findLabelledNames(text),
    ...findRunningTextNames(text, stretches),
  ]);
  return lexicon === undefined ? found : addLexiconNames(text, found, lexicon, stretches);
}
