import { splitQuoted } from './quoted-text';

describe('splitQuoted', () => {
  it('splits at an Outlook reply header, Dutch or English', () => {
    const dutch = 'akkoord.\n\nvan: jan\nverzonden: maandag 4 maart\naan: piet\nonderwerp: nota';
    expect(splitQuoted(dutch)).toEqual({ own: 'akkoord.\n', quoted: dutch.slice(9) });
    const english = 'fyi dad\n-----original message-----\nfrom: lawrence';
    expect(splitQuoted(english).own).toBe('fyi dad');
  });

  it('splits at Lotus Notes forwards and quoted lines', () => {
    expect(splitQuoted('print\n----- forwarded by steven j kean on 10/16/2000 -----').own).toBe(
      'print',
    );
    expect(splitQuoted('ja hoor\n> kun je morgen?').quoted).toBe('\n> kun je morgen?');
  });

  it('leaves a message without quoted mail whole', () => {
    expect(splitQuoted('bijgaand het advies, graag je akkoord.')).toEqual({
      own: 'bijgaand het advies, graag je akkoord.',
      quoted: '',
    });
  });
});
