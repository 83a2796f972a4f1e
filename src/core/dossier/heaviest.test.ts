import { heaviestPositions } from './heaviest';

/** The reference: a stable sort of all positions by weight, descending, cut to `limit`. */
function bySort(weights: readonly number[], limit: number): number[] {
  return weights
    .map((weight, position) => ({ weight, position }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map(({ position }) => position);
}

/** A small deterministic generator, so a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('heaviestPositions', () => {
  it('keeps the heaviest positions, heaviest first, equal weights in their input order', () => {
    const weights = Float64Array.from([0.5, 2, 0.5, 3, 2, 0.1]);
    expect(heaviestPositions(weights, 6, 4)).toEqual([3, 1, 4, 0]);
    expect(heaviestPositions(weights, 6, 10)).toEqual([3, 1, 4, 0, 2, 5]);
    expect(heaviestPositions(weights, 3, 2)).toEqual([1, 0]);
    expect(heaviestPositions(weights, 6, 0)).toEqual([]);
  });

  it('orders as a stable sort would, with many ties, for any limit', () => {
    const next = numbers(7);
    for (let round = 0; round < 200; round += 1) {
      const count = 1 + Math.floor(next() * 300);
      // Few distinct values, as sublinear counts times a few IDF values give.
      const weights = Array.from({ length: count }, () => (1 + Math.floor(next() * 4)) * 0.7);
      const limit = Math.floor(next() * (count + 5));
      expect(heaviestPositions(Float64Array.from(weights), count, limit)).toEqual(
        bySort(weights, limit),
      );
    }
  });
});
