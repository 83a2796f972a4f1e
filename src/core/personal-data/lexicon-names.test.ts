import { findPersonNames } from './person-name';
import { shippedNameLexicon } from './lexicon/shipped-name-lexicon';

const names = (text: string): string[] =>
  findPersonNames(text, shippedNameLexicon()).map((found) => found.text);

describe('person names in prose, with the name lexicon', () => {
  it.each([
    ['sentence-initial, before a verb of speaking', 'Kok zei dat hij tevreden was.', ['Kok']],
    [
      'a surname alone after "volgens"',
      'Volgens Van der Laan is er geen draagvlak.',
      ['Van der Laan'],
    ],
    ['a surname alone after "aldus"', '"We gaan door," aldus Omtzigt gisteren.', ['Omtzigt']],
    [
      'a surname again after the full name',
      'Burgemeester Femke Halsema sprak. Halsema wil uitstel.',
      ['Femke Halsema', 'Halsema'],
    ],
    [
      'a foreign name after a role',
      'De Oekraïense president Volodymyr Zelensky sprak de Kamer toe.',
      ['Volodymyr Zelensky'],
    ],
    ['a foreign name mid-sentence', 'Ook Najib Amhali treedt op in Breda.', ['Najib Amhali']],
    [
      'a name with an initial for a surname',
      'Tijdens de zitting verklaarde Stanley H. dat hij niets wist.',
      ['Stanley H.'],
    ],
    ['a speaker in minutes', 'Smit: "Wij hebben de bewoners geïnformeerd."', ['Smit']],
    [
      'a speaker in capitals in an action list',
      'ACTIELIJST\n- VAN DIJK: offerte opvragen',
      ['VAN DIJK'],
    ],
    ['an ordinary word after a role', 'Wethouder Stam zegt dit toe.', ['Stam']],
    ['names in a list', 'Wie komen er? Kevin, Esther en ik.', ['Kevin', 'Esther']],
    [
      'a surname listed with another',
      'de vragen van Timmermans en Bontenbal in het debat',
      ['Timmermans', 'Bontenbal'],
    ],
    [
      'initials and a tussenvoegsel',
      'Verzender: F. de Jong, Ontvangen: 21 januari',
      ['F. de Jong'],
    ],
    ['a mention in chat', '@Bram de Wit de raadsvragen staan in de map', ['Bram de Wit']],
    ['a capitalised tussenvoegsel mid-sentence', 'Ik heb net El Khatib gesproken.', ['El Khatib']],
    [
      'a given name written with accents the list leaves off',
      'Ik sprak Chloé gisteren, en Zoë belt morgen.',
      ['Chloé', 'Zoë'],
    ],
  ])('finds %s', (_form, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['organisations', 'Het CDA, de VVD en D66 stemden voor; de ANWB en Stedin ook.'],
    ['a firm named after its partners', 'Dijkstra & Van Leeuwen Advocaten stuurde een brief.'],
    ['places and a place after "in"', 'In Den Bosch en in Apeldoorn was het druk, ook in Zwolle.'],
    ['months, weekdays and a date in English', 'On Monday 2 May the request was received.'],
    [
      'ordinary words that open a sentence',
      'Gisteren zei de wethouder niets. Afgesproken wordt dat het doorgaat.',
    ],
    [
      'a venue after a capitalised article',
      'Volgende vergadering in vergaderzaal De Linde om tien uur.',
    ],
    ['accented ordinary words', 'Ik sprak gisteren in het café over het Financiële overzicht.'],
    ['products and buildings', 'Het Rijksmuseum en het Concertgebouw werken met Teams en Excel.'],
    [
      'a street named after a person',
      'De bomenkap aan de Lindelaan en de Burgemeester de Withstraat.',
    ],
    ['a street after a tussenvoegsel', 'Vestigingsadres: Wilhelmina van Pruisenweg 52.'],
    ['the labels of a mail header', 'From: info@example.org\nTo: iedereen\nSubject: agenda'],
    ['an institution named after a place', 'Molenaar van de Stichting Oud Utrecht vraagt inzage.'],
    ['an acronym after a capitalised article', 'De VNG vroeg om een reactie.'],
    ['a field label at the start of a line', 'Vergaderdata: dinsdag 9 januari in Zwolle.'],
  ])('does not take %s for names', (_kind, text) => {
    expect(names(text)).toEqual([]);
  });

  it('finds fewer names without the lexicon: the first view a surface draws', () => {
    const text = 'Kok zei dat hij gelijk had.';
    expect(findPersonNames(text).map((found) => found.text)).toEqual([]);
    expect(names(text)).toEqual(['Kok']);
  });
});
