import { dutchDate } from './dutch-date';

describe('dutchDate', () => {
  it('gives the date in the Netherlands, summer and winter time alike', () => {
    expect(dutchDate(new Date('2024-03-05T22:59:59Z'))).toBe('2024-03-05');
    expect(dutchDate(new Date('2024-03-05T23:00:00Z'))).toBe('2024-03-06');
    expect(dutchDate(new Date('2024-07-05T21:59:59Z'))).toBe('2024-07-05');
    expect(dutchDate(new Date('2024-07-05T22:00:00Z'))).toBe('2024-07-06');
  });
});
