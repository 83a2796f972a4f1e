import { asDossierId } from '../../core/ids';
import { recordsFilter } from './records-query';
import { firstRangeStart } from './upload-session';

describe('recordsFilter', () => {
  it('combines the parts with and, quoting and escaping values', () => {
    expect(
      recordsFilter({
        status: 'te-beoordelen',
        dossier: asDossierId("O'Brien-1"),
        filedFrom: new Date('2024-01-01T00:00:00Z'),
      }),
    ).toBe(
      "fields/BronvastReviewStatus eq 'te-beoordelen' and fields/BronvastDossier eq 'O''Brien-1' and fields/BronvastFiledAt ge '2024-01-01T00:00:00.000Z'",
    );
    expect(recordsFilter({})).toBe('');
  });
});

describe('firstRangeStart', () => {
  it('reads where the server wants the upload to go on', () => {
    expect(firstRangeStart({ nextExpectedRanges: ['26-', '40-50'] })).toBe(26);
    expect(firstRangeStart({ nextExpectedRanges: [] })).toBeUndefined();
    expect(firstRangeStart({})).toBeUndefined();
  });
});
