/**
 * The personal-data figures on the evaluation sets of bench/fixtures (news-style prose, letters,
 * minutes, chat, de-identification cases and the held-out set), per set and per type: a finding counts when it overlaps
 * a labelled span of its type (see src/core/testing/personal-data-score.ts). Addresses are the
 * `postcode` type.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../src/core/assessment';
import {
  scorePersonalData,
  type LabelledSnippet,
  type Mismatch,
} from '../src/core/testing/personal-data-score';

/** The sets, in the order they are reported; `holdout` was not looked at while tuning. */
export const EVALUATION_SETS = [
  'news',
  'letters',
  'minutes',
  'chat',
  'deidentification',
  'holdout',
] as const;

/** One set's snippets. */
export function readEvaluationSet(name: string): LabelledSnippet[] {
  const path = resolve(__dirname, 'fixtures', `evaluation-${name}.jsonl`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): LabelledSnippet => JSON.parse(line));
}

const REPORTED = ['person-name', 'postcode', 'phone', 'email', 'bsn'];

/** Precision and recall per reported type on one set, with the misses to read. */
export function scoreEvaluationSet(
  name: string,
  find: (text: string) => readonly Finding[],
): { figures: Record<string, unknown>; mismatches: Mismatch[] } {
  const snippets = readEvaluationSet(name);
  const { perType, mismatches } = scorePersonalData(snippets, find);
  const figures: Record<string, unknown> = { snippets: snippets.length };
  for (const type of REPORTED) {
    const score = perType[type];
    if (score === undefined || (score.labelled === 0 && score.found === 0)) continue;
    const label = type === 'postcode' ? 'address' : type;
    figures[label] = {
      labelled: score.labelled,
      found: score.found,
      precision: score.precision,
      recall: score.recall,
    };
  }
  return { figures, mismatches };
}
