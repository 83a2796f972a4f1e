import { accumulate, accumulateSparse, clearSparse, sparseScores } from './text-query';
import type { TextQuery } from './text-query';
import type { TermEntry } from './text-index';

/** A small deterministic generator, so a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function randomQuery(next: () => number, size: number): TextQuery<number> {
  const count = Math.floor(next() * 12);
  const entries = Array.from({ length: count }, (): TermEntry | undefined => {
    if (next() < 0.2) return undefined;
    const targets = [
      ...new Set(Array.from({ length: Math.floor(next() * 8) }, () => Math.floor(next() * size))),
    ];
    return {
      idf: 1,
      profiles: undefined,
      filed: {
        targets: Int32Array.from(targets),
        weights: Float64Array.from(targets, () => next()),
      },
    };
  });
  return {
    terms: entries.map((_, i) => i),
    weights: Float64Array.from(entries, () => next()),
    entries,
  };
}

describe('accumulateSparse', () => {
  it('gives the scores accumulate gives, lists each target met once and clears after', () => {
    const next = numbers(3);
    const size = 50;
    const scratch = sparseScores(size);
    for (let round = 0; round < 200; round += 1) {
      const query = randomQuery(next, size);
      const maxTerms = Math.floor(next() * 14);
      const expected = accumulate(query, (entry) => entry.filed, size, maxTerms);
      accumulateSparse(query, (entry) => entry.filed, maxTerms, scratch);
      const touched = [...scratch.touched.subarray(0, scratch.count)];
      expect(new Set(touched).size).toBe(touched.length);
      expect(Array.from(scratch.scores)).toEqual(Array.from(expected));
      expect(touched.sort((a, b) => a - b)).toEqual(
        [...expected.keys()].filter((target) => (expected[target] ?? 0) !== 0),
      );
      clearSparse(scratch);
      expect(scratch.scores.every((score) => score === 0)).toBe(true);
      expect(scratch.met.every((mark) => mark === 0)).toBe(true);
    }
  });
});
