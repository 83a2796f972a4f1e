import { findAddresses } from './postcode';

const texts = (text: string): string[] => findAddresses(text).map((finding) => finding.text);

describe('findAddresses', () => {
  it('finds a postcode followed by a house number', () => {
    expect(texts('Adres: 1234 AB 12, of 1234AB 12a.')).toEqual(['1234 AB 12', '1234AB 12a']);
  });

  it('finds street and number before a postcode, leaving out the place', () => {
    expect(texts('Zij woont op Kerkstraat 12, 1234 AB Utrecht.')).toEqual([
      'Kerkstraat 12, 1234 AB',
    ]);
    expect(texts('Burgemeester de Monchyplein 3, 2585 BD Den Haag')).toEqual([
      'Burgemeester de Monchyplein 3, 2585 BD',
    ]);
    expect(texts('Lange Nieuwstraat 114-2\n3512 PN Utrecht')).toEqual([
      'Lange Nieuwstraat 114-2\n3512 PN',
    ]);
  });

  it('does not report Postbus addresses or addresses labelled as an organisation’s', () => {
    expect(texts('Postbus 20011, 2500 EA Den Haag')).toEqual([]);
    expect(texts('Antwoordnummer 12345, 2500 VB Den Haag')).toEqual([]);
    expect(texts('Bezoekadres: Turfmarkt 147, 2511 DP Den Haag')).toEqual([]);
  });

  it('does not report a bare postcode or look-alikes', () => {
    expect(texts('Postcode 2500 EA is een proefgebied.')).toEqual([]);
    expect(texts('Code 0123 AB 4 en 1234 SS 5')).toEqual([]);
  });
});
