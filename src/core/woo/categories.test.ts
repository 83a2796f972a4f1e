import { WOO_CATEGORIES, wooCategory, wooCategoryByTooiId } from './categories';

describe('Woo information categories', () => {
  it('lists the 17 categories of art. 3.3 and the art. 3.1 catch-all, in the order of the law', () => {
    expect(WOO_CATEGORIES).toHaveLength(18);
    expect(WOO_CATEGORIES.filter((category) => category.lid === 1)).toHaveLength(5);
    expect(WOO_CATEGORIES.filter((category) => category.lid === 2)).toHaveLength(12);
    expect(WOO_CATEGORIES[0]?.code).toBe('3.3.1a');
    expect(WOO_CATEGORIES[17]?.code).toBe('3.1');
  });

  it('gives article, lid, onderdeel, TOOI id, URI, labels and citation of a category', () => {
    expect(wooCategory('3.3.2e')).toMatchObject({
      article: '3.3',
      lid: 2,
      onderdeel: 'e',
      tooiId: 'c_99a836c7',
      uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_99a836c7',
      label: { nl: 'advies', en: 'advice' },
      pluralLabel: 'adviezen',
      citation: 'art. 3.3 lid 2 onderdeel e Woo',
    });
    expect(wooCategory('3.1')).toMatchObject({ article: '3.1', lid: null, onderdeel: null });
  });

  it('has a unique TOOI id, a Dutch and English label and a definition for each', () => {
    expect(new Set(WOO_CATEGORIES.map((category) => category.tooiId)).size).toBe(18);
    for (const category of WOO_CATEGORIES) {
      expect(category.tooiId).toMatch(/^c_[0-9a-f]{8}$/);
      expect(category.label.nl.length).toBeGreaterThan(0);
      expect(category.label.en.length).toBeGreaterThan(0);
      expect(category.definition.length).toBeGreaterThan(0);
    }
  });

  it('finds a category by TOOI id or URI, and null for an unknown id', () => {
    expect(wooCategoryByTooiId('c_46a81018')?.code).toBe('3.3.2k');
    const uri = 'https://identifier.overheid.nl/tooi/def/thes/kern/c_816e508d';
    expect(wooCategoryByTooiId(uri)?.code).toBe('3.1');
    expect(wooCategoryByTooiId('c_00000000')).toBeNull();
  });

  it('defines 3.1 as TOOI list version 4 does: outside the compulsory categories', () => {
    expect(wooCategory('3.1').definition).toContain(
      'niet valt onder een van de verplichte informatiecategorieën van artikel 3.3 Woo',
    );
  });
});
