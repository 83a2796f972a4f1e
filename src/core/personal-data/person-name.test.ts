import { findPersonNames } from './person-name';

const names = (text: string): string[] => findPersonNames(text).map((finding) => finding.text);

describe('findPersonNames in salutations', () => {
  it.each([
    ['Beste Jan,', 'Jan'],
    ['Geachte heer De Vries,', 'De Vries'],
    ['Geachte mevrouw Van der Berg-Jansen,', 'Van der Berg-Jansen'],
    ['Hoi Fatima', 'Fatima'],
    ['Dear Mr. Smith,', 'Smith'],
    ['Geachte heer J.P. de Boer,', 'J.P. de Boer'],
    ['Geachte heer Van ’t Hof,', 'Van ’t Hof'],
    ['Geachte mevrouw Jansen-de Vries,', 'Jansen-de Vries'],
    ['Beste mevrouw Özdemir,', 'Özdemir'],
    ['Hallo Sanne, kun je dit nakijken?', 'Sanne'],
  ])('finds the name in "%s"', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('finds both names in "Beste Jan-Willem en Petra,"', () => {
    expect(names('Beste Jan-Willem en Petra,')).toEqual(['Jan-Willem', 'Petra']);
  });

  it.each([
    "Beste collega's,",
    'Beste collega’s,',
    'Geachte heer/mevrouw,',
    'Dear all,',
    'Beste allen,',
    'Geachte Voorzitter,',
    'Beste team,',
    'Geachte leden van de commissie,',
  ])('does not report the generic "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('findPersonNames in signatures, headers and fields', () => {
  it('finds the name line after a closing, titles left out', () => {
    expect(names('Met vriendelijke groet,\n\nJan de Vries\nBeleidsmedewerker')).toEqual([
      'Jan de Vries',
    ]);
    expect(names('Met vriendelijke groet,\ndrs. A.M. van der Linden')).toEqual([
      'A.M. van der Linden',
    ]);
    expect(names('Groeten, Anouk')).toEqual(['Anouk']);
    expect(names('Kind regards,\nEmma Thompson')).toEqual(['Emma Thompson']);
  });

  it('reads closings of chat lines and signatures signed on behalf of someone', () => {
    expect(names('Zie de lijst hieronder. Groet, Lieke')).toEqual(['Lieke']);
    expect(names('Alvast dank,\nYvonne')).toEqual(['Yvonne']);
    expect(names('Met vriendelijke groet,\nnamens de burgemeester,\n\ndrs. H.J. Dijkstra')).toEqual(
      ['H.J. Dijkstra'],
    );
    expect(names('Bedankt. Morgen komt de rest.')).toEqual([]);
  });

  it('does not take a unit or team for a signature', () => {
    expect(names('Met vriendelijke groet,\n\nDirectie Wetgeving')).toEqual([]);
    expect(names('Groet,\nKlantcontactcentrum')).toEqual([]);
    expect(names('Met vriendelijke groet,\nHet Woo-team')).toEqual([]);
  });

  it('finds senders and recipients in header lines, in both name orders', () => {
    const text =
      'Van: Jan de Vries <jan.devries@minbzk.nl>\n' +
      "Aan: Vries, Jan de <j@x.nl>; 'Fatima el Amrani' <f@x.nl>; Team Woo <woo@x.nl>\n" +
      'Cc: Pieter van den Heuvel';
    expect(names(text)).toEqual([
      'Jan de Vries',
      'Vries, Jan de',
      'Fatima el Amrani',
      'Pieter van den Heuvel',
    ]);
  });

  it('finds names after a form of address and in name fields', () => {
    expect(names('Ik sprak mevrouw Jansen en de heer P. van Dam.')).toEqual([
      'Jansen',
      'P. van Dam',
    ]);
    expect(names('Naam: Fatima el Amrani, geboren 1992')).toEqual(['Fatima el Amrani']);
    expect(names('Mevrouw de Voorzitter, dank u.')).toEqual([]);
  });

  it('does not let a name run into the next line', () => {
    expect(names('Beste Jan\nVries')).toEqual(['Jan']);
  });
});
