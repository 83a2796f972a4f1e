import { EMAIL_TOKEN, MONEY_TOKEN, NUMBER_TOKEN, URL_TOKEN, foldText, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lower-cases and folds diacritics so Dutch spellings meet', () => {
    expect(tokenize('Beëindiging van de Overeenkomst, Financiën')).toEqual([
      'beeindiging',
      'van',
      'de',
      'overeenkomst',
      'financien',
    ]);
    expect(foldText('Café ÉÉN')).toBe('cafe een');
  });

  it('maps URLs, e-mail addresses and numbers to class tokens', () => {
    expect(
      tokenize('Zie https://open.overheid.nl/x?y=1 of mail a.b@minbzk.nl vóór 12-03-2024'),
    ).toEqual(['zie', URL_TOKEN, 'of', 'mail', EMAIL_TOKEN, 'voor', NUMBER_TOKEN]);
  });

  it('tells amounts of money from other numbers', () => {
    expect(tokenize('Win $25,000 of 500 euro, vóór 2025')).toEqual([
      'win',
      MONEY_TOKEN,
      'of',
      MONEY_TOKEN,
      'voor',
      NUMBER_TOKEN,
    ]);
  });

  it('drops single letters and keeps hyphenated words whole', () => {
    expect(tokenize('a e-mail x co-financiering')).toEqual(['e-mail', 'co-financiering']);
  });
});
