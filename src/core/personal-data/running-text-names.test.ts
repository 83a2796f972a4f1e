import { findRunningTextNames } from './running-text-names';

const names = (text: string): string[] => findRunningTextNames(text).map((found) => found.text);

describe('findRunningTextNames', () => {
  it('finds the names in the sentence a Woo team would redact', () => {
    expect(
      names('Zoals besproken met Pieter de Vries en mevrouw A. Jansen-Bakker van de gemeente.'),
    ).toEqual(['Pieter de Vries', 'A. Jansen-Bakker']);
  });

  it.each([
    ['Dit is afgestemd met J.P. de Boer van het team.', 'J.P. de Boer'],
    ['Het stuk ging naar Anne-Marie van den Berg-Jansen.', 'Anne-Marie van den Berg-Jansen'],
    ['Volgens prof. dr. H. de Jong is dat juist.', 'H. de Jong'],
    ['Het lid Van der Plas stelde vragen.', 'Van der Plas'],
    ['Zij sprak met staatssecretaris Van Huffelen.', 'Van Huffelen'],
    ['De brief van Sybrand van Haersma Buma kwam gisteren.', 'Sybrand van Haersma Buma'],
    ['AANWEZIG: PIETER VAN DAM en anderen', 'PIETER VAN DAM'],
    ['Ik heb het gevraagd aan Ruud.', 'Ruud'],
    ['Het verzoek van Lucas van Houten is toegekend.', 'Lucas van Houten'],
    ['De casus van mevrouw Van der Linden-Smit is besproken.', 'Van der Linden-Smit'],
    ['Het verzoek van E. van ’t Hek wordt afgewezen.', 'E. van ’t Hek'],
    ['Sanne heeft het stuk gelezen.', 'Sanne'],
  ])('finds the name in "%s"', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Het ministerie van Binnenlandse Zaken informeerde de Tweede Kamer op maandag 4 maart.',
    'De minister van Financiën stuurt in mei de Voorjaarsnota.',
    'De Wet open overheid vervangt de Wet openbaarheid van bestuur.',
    'De Raad van State adviseerde in januari over het wetsvoorstel.',
    'Het werk aan de Johan de Wittlaan en de Prins Hendrikkade begint in april.',
    'Het Anne Frank Huis en het Prins Bernhard Cultuurfonds zijn partners.',
    'De stukken gaan naar Den Haag, Utrecht en Ede.',
    'Dan gaan we verder. Ben je er morgen? Wil je bellen?',
    'In het Frans heet dat anders.',
    'De kick-off is op vrijdag in Amsterdam.',
    'Tijdens de Week van de Toegankelijkheid zijn er bijeenkomsten.',
    'Bel de SVB of het UWV over de WW.',
  ])('reports no person in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'Morgen bel ik Marloes Visser.';
    const [finding] = findRunningTextNames(text);
    expect(finding).toMatchObject({ type: 'person-name', start: 14, end: 28, ground: '5.1.2e' });
  });
});
