import { findSpecialCategories } from './special-category';

const texts = (text: string): string[] =>
  findSpecialCategories(text).map((finding) => finding.text);

describe('findSpecialCategories', () => {
  it.each([
    ['Jan heeft zich vanochtend ziek gemeld.', 'ziek gemeld'],
    ['Zij is zwanger en gaat in juni met verlof.', 'zwanger'],
    ['In verband met haar burn-out is zij afwezig.', 'burn-out'],
    ['Hij heeft een strafblad.', 'strafblad'],
    ['Betrokkene is in 2019 veroordeeld voor verduistering.', 'veroordeeld'],
    ['Mevrouw Ahmadi is moslim.', 'moslim'],
    ['Hij is vakbondslid.', 'vakbondslid'],
    ['Zijn ziekmelding is geregistreerd.', 'ziekmelding'],
    ['Mijn diagnose is nog niet bekend.', 'diagnose'],
    ['She has been on sick leave since March.', 'sick leave'],
    ['Betrokkene is lid van de FNV.', 'lid van de FNV'],
  ])('finds the term in "%s"', (text, term) => {
    expect(texts(text)).toEqual([term]);
  });

  it('reports the absolute ground 5.1.1d', () => {
    const [finding] = findSpecialCategories('Zij is zwanger.');
    expect(finding).toMatchObject({
      type: 'special-category',
      ground: '5.1.1d',
      start: 7,
      end: 14,
    });
  });

  it.each([
    'Het ziekteverzuim in de sector is gedaald.',
    'Het aantal ziekmeldingen steeg in het vierde kwartaal.',
    'Het programma burn-outpreventie start in mei.',
    'De vakbonden FNV en CNV zijn uitgenodigd.',
    'Het kabinet heeft de aanslag scherp veroordeeld.',
    'De vergunning voor de uitbreiding van de moskee is verleend.',
    'Het aantal verdachten in de statistiek is gedaald.',
  ])('does not report "%s", which is about no one in particular', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
