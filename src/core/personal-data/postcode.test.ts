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
      'Lange Nieuwstraat 114-2',
      '3512 PN',
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

  it.each([
    ['Hij woont aan de Kastanjelaan 27 te Dordrecht.', 'Kastanjelaan 27'],
    ['Het adres is Boterdiep 14a.', 'Boterdiep 14a'],
    ['Zij woont op Assendorperstraat 112-3 sinds mei.', 'Assendorperstraat 112-3'],
    ['Nieuw adres: Burgemeester de Withstraat 8 bis.', 'Burgemeester de Withstraat 8 bis'],
    ['Voor het adres Van Ostadestraat 233-H is bijstand toegekend.', 'Van Ostadestraat 233-H'],
    ['De controle op Industrieweg 17-19 leverde niets op.', 'Industrieweg 17-19'],
    ['Hij verhuisde naar de Oude Gracht 12 in Utrecht.', 'Oude Gracht 12'],
    ['ADRES: KERKPAD 3', 'KERKPAD 3'],
    ['Verzender: Rapenburg 48, 2311 EZ Leiden', 'Rapenburg 48, 2311 EZ'],
  ])('finds the street and house number in "%s"', (text, address) => {
    expect(texts(text)).toEqual([address]);
  });

  it('finds the postcode of an address block, not the place', () => {
    expect(texts('De heer R. Vermeulen\nBoterdiep 14a\n9712 LM Groningen')).toEqual([
      'Boterdiep 14a',
      '9712 LM',
    ]);
  });

  it.each([
    'Gemeente Zwolle\nLübeckplein 2\n8017 JZ Zwolle',
    'Postbus 10007\n8000 GA Zwolle',
    'De hoorzitting is in het stadhuis, Grote Markt 1, Haarlem.',
    'Ons bezoekadres is gewijzigd: u vindt ons aan het Stationsplein 10, 3511 ED Utrecht.',
    'U kunt de stukken ophalen bij de balie, Stadhuisplein 1.',
  ])('leaves out the organisation’s own address in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each(['Zie artikel 12 en hoofdstuk 3.', 'In fase 2 van het project Windows 10 uitrollen.'])(
    'does not take numbered things for addresses: "%s"',
    (text) => {
      expect(texts(text)).toEqual([]);
    },
  );
});
