import { buildIdfTable, weighTerms } from './term-vector';

describe('weighTerms', () => {
  const idf = buildIdfTable([
    new Map([['gemeente', 1]]),
    new Map([
      ['gemeente', 1],
      ['kade', 1],
    ]),
  ]);

  it('keeps the heaviest terms first, rare and repeated ones weighing most, at unit length', () => {
    const vector = weighTerms(
      new Map([
        ['gemeente', 4],
        ['kade', 1],
        ['lijnbaansgracht', 2],
      ]),
      idf,
      2,
    );
    expect([...vector.keys()]).toEqual(['lijnbaansgracht', 'gemeente']);
    const length = Math.hypot(...vector.values());
    expect(length).toBeCloseTo(1, 10);
  });

  it('gives an empty vector for no terms', () => {
    expect(weighTerms(new Map(), idf, 10).size).toBe(0);
  });
});
