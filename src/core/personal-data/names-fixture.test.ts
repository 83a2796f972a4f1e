import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scorePersonalData, type LabelledSnippet } from '../testing/personal-data-score';
import { findPersonalData } from './find-personal-data';

const FIXTURE = resolve(__dirname, '../../../test/fixtures/person-names-nl.jsonl');

function readFixture(): LabelledSnippet[] {
  const lines = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.map((line): LabelledSnippet => JSON.parse(line));
}

const names = (text: string) => findPersonalData(text).filter((f) => f.type === 'person-name');

describe('the labelled names in running text, person-names-nl.jsonl', () => {
  const snippets = readFixture();
  const labelled = snippets.flatMap((snippet) => snippet.spans);

  it('holds at least 300 names, and snippets with none', () => {
    expect(labelled.filter((span) => span.type === 'person-name').length).toBeGreaterThanOrEqual(
      300,
    );
    expect(snippets.some((snippet) => snippet.spans.length === 0)).toBe(true);
  });

  // Measured: precision 0.997, recall 0.971 (the recogniser was written against this set; the
  // issue's bar is 0.8 for both on a set it never saw). The bars sit a little below.
  it('is found with precision and recall of 0.9 or more', () => {
    const score = scorePersonalData(snippets, names).perType['person-name'];
    expect(score?.precision).toBeGreaterThanOrEqual(0.9);
    expect(score?.recall).toBeGreaterThanOrEqual(0.9);
  });
});
