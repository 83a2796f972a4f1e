import { EMAIL_TOKEN, NUMBER_TOKEN, URL_TOKEN, foldText, tokenize } from './tokenize';

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

  it('drops single letters and keeps hyphenated words whole', () => {
    expect(tokenize('a e-mail x co-financiering')).toEqual(['e-mail', 'co-financiering']);
  });
});
