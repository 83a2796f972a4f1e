import { WOO_CATEGORIES, wooCategory, wooCategoryCodeOf } from './categories';

describe('wooCategoryCodeOf', () => {
  it('reads every code of the table, and its TOOI id and URI, as that code', () => {
    for (const category of WOO_CATEGORIES) {
      expect(wooCategoryCodeOf(category.code)).toBe(category.code);
      expect(wooCategoryCodeOf(` ${category.tooiId} `)).toBe(category.code);
    }
    const uri = `https://identifier.overheid.nl/tooi/def/thes/kern/${wooCategory('3.3.2e').tooiId}`;
    expect(wooCategoryCodeOf(uri)).toBe('3.3.2e');
  });

  it('names no category for text that is not one of art. 3.3 or 3.1', () => {
    for (const text of ['', '3.3.2m', '3.3.1', 'Convenant', '3.3.2E'])
      expect(wooCategoryCodeOf(text)).toBeNull();
  });
});
