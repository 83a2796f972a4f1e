import { extractTerms, writtenForm } from './terms';

describe('extractTerms', () => {
  it('folds case and diacritics, drops stopwords and short numbers', () => {
    expect(extractTerms('Wij zijn GEÏNFORMEERD over 12 woningen')).toEqual([
      'geinformeerd',
      'woning',
    ]);
  });

  it('stems plural forms together', () => {
    const [singular] = extractTerms('bewoner');
    const [plural] = extractTerms('bewoners');
    expect(plural).toBe(singular);
    expect(extractTerms('plannen')).toEqual(extractTerms('plan'));
  });

  it('adds bigrams of neighbouring content words only, and records the written forms', () => {
    const surfaces = new Map<string, string>();
    const terms = extractTerms('sloop van woningen Irenestraat', surfaces);
    expect(terms).toEqual(['sloop', 'woning', 'irenestraat', 'woning irenestraat']);
    expect(writtenForm('woning irenestraat', surfaces)).toBe('woningen irenestraat');
  });
});
