import { findIbans, isValidIban } from './iban';

describe('isValidIban', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl02abna0123456789',
    'BE68539007547034',
    'DE89 3704 0044 0532 0130 00',
    'FR1420041010050500013M02606',
    'GB29NWBK60161331926819',
    'NO9386011117947',
    'NO93.8601.11.17947',
    'ES15-0049-1806-9121-1186-9374',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ['a broken check', 'NL91ABNA0417164301'],
    ['swapped digits', 'NL91ABNA0417163400'],
    ['a wrong length for the country', 'NL91ABNA041716430'],
    ['an unknown country', 'XX91ABNA0417164300'],
    ['a letter in the check digits', 'NL9AABNA0417164300'],
    ['letters where the country has digits', 'NL56 3003 0A17 1643 00'],
    ['digits where the country has letters', 'GI22 NW3K 0000 0000 7099 453'],
  ])('rejects %s', (_reason, iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});

describe('findIbans', () => {
  it('finds IBANs with and without spaces, and two in a row', () => {
    const text = 'Op NL91 ABNA 0417 1643 00 of NL91ABNA0417164300 NL02ABNA0123456789 graag.';
    expect(findIbans(text).map((finding) => finding.text)).toEqual([
      'NL91 ABNA 0417 1643 00',
      'NL91ABNA0417164300',
      'NL02ABNA0123456789',
    ]);
  });

  it('reports the 5.1.2e ground with offsets into the text', () => {
    const [finding] = findIbans('IBAN: BE68539007547034.');
    expect(finding).toMatchObject({ type: 'iban', start: 6, end: 22, ground: '5.1.2e' });
  });

  it('does not report strings that fail mod-97 or run on into letters', () => {
    expect(findIbans('NL02ABNA0123456788 en NL91ABNA0417164300X')).toEqual([]);
  });
});
