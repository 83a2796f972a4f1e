import { findPersonalData } from './find-personal-data';

const MAIL = [
  'Van: Marieke de Lange <marieke.delange@minlnv.nl>',
  '',
  'Beste Noor,',
  '',
  'Verzoeker (BSN 111222333, Molenweg 4, 7771 AB Hardenberg) belde vanaf 06-12345678.',
  'Terugbetaling op NL91 ABNA 0417 1643 00. Zij is zwanger, geboren op 12 maart 1985.',
  'Zaak Z-2024-001234, bedrag € 1.250,00, vergadering 03-04-2024.',
  '',
  'Met vriendelijke groet,',
  '',
  'Iris van ’t Zand',
].join('\n');

describe('findPersonalData', () => {
  const findings = findPersonalData(MAIL);

  it('finds every kind of personal data in a mail, in order', () => {
    expect(findings.map((finding) => [finding.type, finding.text])).toEqual([
      ['person-name', 'Marieke de Lange'],
      ['email', 'marieke.delange@minlnv.nl'],
      ['person-name', 'Noor'],
      ['bsn', '111222333'],
      ['postcode', 'Molenweg 4, 7771 AB'],
      ['phone', '06-12345678'],
      ['iban', 'NL91 ABNA 0417 1643 00'],
      ['special-category', 'zwanger'],
      ['date-of-birth', '12 maart 1985'],
      ['person-name', 'Iris van ’t Zand'],
    ]);
  });

  it('gives UTF-16 offsets into the text, sorted and without overlaps', () => {
    let previousEnd = 0;
    for (const finding of findings) {
      expect(MAIL.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = finding.end;
    }
  });

  it('points each finding to its ground', () => {
    const grounds = new Map(findings.map((finding) => [finding.type, finding.ground]));
    expect(grounds.get('bsn')).toBe('5.1.1e');
    expect(grounds.get('special-category')).toBe('5.1.1d');
    expect(grounds.get('iban')).toBe('5.1.2e');
    expect(grounds.get('person-name')).toBe('5.1.2e');
  });

  it('finds nothing in text without personal data', () => {
    expect(findPersonalData('')).toEqual([]);
    expect(findPersonalData('Het kabinet besluit op 03-04-2024 over zaak Z-2024-001234.')).toEqual(
      [],
    );
  });
});
