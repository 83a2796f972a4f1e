import { countGramsInto } from './character-grams';

function gramsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  countGramsInto(counts, text, 1);
  return counts;
}

function shared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  return [...a.keys()].filter((gram) => b.has(gram)).length / a.size;
}

describe('countGramsInto', () => {
  it('cuts each folded word into four-letter pieces, marking its start and end', () => {
    expect([...gramsOf('Woo-verzoek').keys()]).toEqual([
      '_woo',
      'woo_',
      '_ver',
      'verz',
      'erzo',
      'rzoe',
      'zoek',
      'oek_',
    ]);
  });

  it('skips stopwords and words under three letters, and counts repeats times the weight', () => {
    const counts = new Map<string, number>();
    countGramsInto(counts, 'de kade en de kade', 3);
    expect(counts).toEqual(
      new Map([
        ['_kad', 6],
        ['kade', 6],
        ['ade_', 6],
      ]),
    );
  });

  it('lets a word misread by OCR keep most pieces of the word meant', () => {
    const written = gramsOf('Lijnbaansgracht');
    expect(shared(gramsOf('Lijnbaanschracht'), written)).toBeGreaterThan(0.6);
    expect(shared(gramsOf('Marktplein'), written)).toBe(0);
  });
});
