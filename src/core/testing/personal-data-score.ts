/**
 * Scores the personal-data finder on labelled snippets, per type. A finding counts when it
 * overlaps a labelled span of the same type that no other finding has claimed; `exact` counts
 * the findings whose offsets equal the label's.
 */
import type { Finding, PersonalDataType } from '../assessment';

/** One labelled span in a fixture line. */
export interface LabelledSpan {
  readonly type: PersonalDataType;
  readonly start: number;
  readonly end: number;
}

/** One fixture line: the text and every span of personal data in it. */
export interface LabelledSnippet {
  readonly text: string;
  readonly spans: readonly LabelledSpan[];
}

/** Counts and rates for one type. */
export interface TypeScore {
  readonly labelled: number;
  readonly found: number;
  readonly truePositives: number;
  readonly exact: number;
  readonly precision: number;
  readonly recall: number;
}

/** A finding or label that did not match, for reading the misses. */
export interface Mismatch {
  readonly kind: 'false-positive' | 'missed';
  readonly type: PersonalDataType;
  readonly text: string;
  readonly snippet: string;
}

interface Tally {
  labelled: number;
  found: number;
  truePositives: number;
  exact: number;
}

const overlaps = (a: LabelledSpan, b: LabelledSpan): boolean => a.start < b.end && b.start < a.end;

function tallyOf(tallies: Map<PersonalDataType, Tally>, type: PersonalDataType): Tally {
  const existing = tallies.get(type);
  if (existing !== undefined) return existing;
  const created = { labelled: 0, found: 0, truePositives: 0, exact: 0 };
  tallies.set(type, created);
  return created;
}

function scoreSnippet(
  snippet: LabelledSnippet,
  findings: readonly Finding[],
  tallies: Map<PersonalDataType, Tally>,
  mismatches: Mismatch[],
): void {
  const claimed = new Set<LabelledSpan>();
  for (const span of snippet.spans) tallyOf(tallies, span.type).labelled += 1;
  for (const finding of findings) {
    const tally = tallyOf(tallies, finding.type);
    tally.found += 1;
    const label = snippet.spans.find(
      (span) => span.type === finding.type && !claimed.has(span) && overlaps(span, finding),
    );
    if (label === undefined) {
      mismatches.push({
        kind: 'false-positive',
        type: finding.type,
        text: finding.text,
        snippet: snippet.text,
      });
      continue;
    }
    claimed.add(label);
    tally.truePositives += 1;
    if (label.start === finding.start && label.end === finding.end) tally.exact += 1;
  }
  for (const span of snippet.spans.filter((candidate) => !claimed.has(candidate))) {
    const text = snippet.text.slice(span.start, span.end);
    mismatches.push({ kind: 'missed', type: span.type, text, snippet: snippet.text });
  }
}

const rate = (part: number, whole: number): number =>
  whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;

/** Runs `find` on every snippet and scores it per type, with the list of mismatches. */
export function scorePersonalData(
  snippets: readonly LabelledSnippet[],
  find: (text: string) => readonly Finding[],
): { perType: Record<string, TypeScore>; mismatches: Mismatch[] } {
  const tallies = new Map<PersonalDataType, Tally>();
  const mismatches: Mismatch[] = [];
  for (const snippet of snippets) scoreSnippet(snippet, find(snippet.text), tallies, mismatches);
  const perType: Record<string, TypeScore> = {};
  for (const [type, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = rate(tally.truePositives, tally.found);
    const recall = rate(tally.truePositives, tally.labelled);
    perType[type] = { ...tally, precision, recall };
  }
  return { perType, mismatches };
}
