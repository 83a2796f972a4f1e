import { findDatesOfBirth } from './date-of-birth';

const texts = (text: string): string[] => findDatesOfBirth(text).map((finding) => finding.text);

describe('findDatesOfBirth', () => {
  it.each([
    ['geboren op 12 maart 1985 te Utrecht', '12 maart 1985'],
    ['Geboortedatum: 01-02-1980', '01-02-1980'],
    ['(geb. 3-4-1975)', '3-4-1975'],
    ['geboren te Den Haag op 7 januari 1961', '7 januari 1961'],
    ['Date of birth: 1990-05-06', '1990-05-06'],
    ['born on March 3, 1985', 'March 3, 1985'],
    ['DOB: 04/07/1988', '04/07/1988'],
    ['Geboortedatum van het kind: 30 sept. 2015', '30 sept. 2015'],
  ])('finds the date in "%s"', (text, date) => {
    expect(texts(text)).toEqual([date]);
  });

  it('does not report plain dates', () => {
    expect(texts('De vergadering van 12 maart 2024 is verplaatst naar 01-02-2024.')).toEqual([]);
  });

  it('does not report a date that does not follow the label directly', () => {
    expect(texts('Het idee is geboren in een overleg op 2023-11-06.')).toEqual([]);
  });
});
