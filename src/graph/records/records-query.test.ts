import { asDossierId } from '../../core/ids';
import { drivingFilter, meetsQuery } from './record-conditions';
import { firstRangeStart } from './upload-session';
import { reviewFields } from './review-record';

describe('drivingFilter', () => {
  it('sends one indexed field, the most selective, quoting and escaping its value', () => {
    const query = {
      status: 'te-beoordelen',
      dossier: asDossierId("O'Brien-1"),
      filedFrom: new Date('2024-01-01T00:00:00Z'),
    } as const;
    expect(drivingFilter(query)).toBe("fields/BronvastDossier eq 'O''Brien-1'");
    expect(
      drivingFilter({ status: 'geaccepteerd', filedTo: new Date('2024-02-01T00:00:00Z') }),
    ).toBe("fields/BronvastFiledAt le '2024-02-01T00:00:00.000Z'");
    expect(drivingFilter({ status: 'afgewezen' })).toBe(
      "fields/BronvastReviewStatus eq 'afgewezen'",
    );
    expect(drivingFilter({})).toBeUndefined();
  });

  it('leaves the other parts to the client, which checks every part', () => {
    const item = (fields: Record<string, unknown>) => ({ id: '1', fields });
    const query = { status: 'geaccepteerd', dossier: asDossierId('BZK-1') } as const;
    expect(
      meetsQuery(item({ BronvastDossier: 'bzk-1', BronvastReviewStatus: 'geaccepteerd' }), query),
    ).toBe(true);
    expect(
      meetsQuery(item({ BronvastDossier: 'BZK-1', BronvastReviewStatus: 'afgewezen' }), query),
    ).toBe(false);
  });
});

describe('firstRangeStart', () => {
  it('reads where the server wants the upload to go on', () => {
    expect(firstRangeStart({ nextExpectedRanges: ['26-', '40-50'] })).toBe(26);
    expect(firstRangeStart({ nextExpectedRanges: [] })).toBeUndefined();
    expect(firstRangeStart({})).toBeUndefined();
  });
});

describe('reviewFields', () => {
  it('writes only what the review changes; no category is an empty column', () => {
    expect(reviewFields({ reviewStatus: 'geaccepteerd', wooCategory: null })).toEqual({
      BronvastReviewStatus: 'geaccepteerd',
      BronvastWooCategory: '',
    });
  });
});
