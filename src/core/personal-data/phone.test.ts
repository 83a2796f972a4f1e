import { findPhoneNumbers } from './phone';

const texts = (text: string): string[] => findPhoneNumbers(text).map((finding) => finding.text);

describe('findPhoneNumbers', () => {
  it.each([
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '010-1234567',
    '0416 72 51 02',
    '070 - 123 45 67',
    '+31 6 12345678',
    '+31 (0)70 1234567',
    '+31612345678',
    '0031 20 1234567',
    '0800-1234',
    '0900 1234567',
    '0800/0432',
    '(030) 555 5555',
    '(0313) 41 23 45',
    '+31 (0)6-12345678',
    '0800-1234',
    '088 123 4567',
  ])('finds %s', (number) => {
    expect(texts(`Bel ${number}, graag.`)).toEqual([number]);
  });

  it('stops at the end of a complete number when another number follows', () => {
    expect(texts('Bel 0612345678 12 keer')).toEqual(['0612345678']);
  });

  it.each([
    ['a date', 'Op 03-04-2024 om 10:00 uur.'],
    ['a time range', 'Open 08:30 - 17:00.'],
    ['an amount', 'Kosten € 0,50 en 1.250.000 euro.'],
    ['a postcode', 'Postcode 2511 DP.'],
    ['a year', 'In 2024 en 2025.'],
    ['a zaaknummer', 'Zaak Z-2024-001234.'],
    ['a kenmerk', 'Kenmerk 0123/2024.'],
    ['a year in parentheses', 'Het besluit (2023) 12 34 56 punten.'],
    ['a version', 'Versie 0.9.8 van 01-07-2023.'],
    ['too few digits', 'Bel 06-1234567.'],
    ['too many digits', 'Nummer 061234567890.'],
    ['the tail of a broken IBAN', 'Rekening NL91 ABNA 0417 1643 01.'],
    ['a date with dots and a time', 'Op 01.02.2024 12:00 begint het.'],
    ['a short plus-number', 'Score +32 punten, +4 5 6.'],
  ])('does not report %s', (_what, text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each([
    ['dots between the groups', '020.123.45.67'],
    ['dots after a country code', '+31.20.123.45.67'],
    ['non-breaking spaces', '06\u00a012\u00a034\u00a056\u00a078'],
    ['an en dash', '06–12345678'],
    ['+31 in parentheses', '(+31) 6 12345678'],
    ['a tel: link', '+31612345678'],
    ['a Belgian number', '+32 470 12 34 56'],
    ['a British number with (0)', '+44 (0)20 7946 0958'],
    ['a German number with hyphens', '+49-30-1234567'],
  ])('finds a number written with %s', (_form, number) => {
    expect(texts(`Bereikbaar via tel:${number} of mail.`.replace('tel:(', '('))).toEqual([number]);
  });
});
