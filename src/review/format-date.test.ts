import { formatDate, formatDateTime, isoDay, parseTypedDate } from './format-date';

describe('dates on the review page', () => {
  it('shows a date as dd-mm-jjjj and a moment with its time', () => {
    const date = new Date(2025, 2, 3, 9, 5);
    expect(formatDate(date)).toBe('03-03-2025');
    expect(formatDateTime(date)).toBe('03-03-2025 09:05');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime(new Date('nonsense'))).toBe('—');
  });

  it('reads a typed Dutch date in its usual forms, and ISO', () => {
    for (const text of ['03-03-2025', '3-3-2025', '03/03/2025', '3.3.2025', '2025-03-03'])
      expect(isoDay(parseTypedDate(text) ?? new Date(0))).toBe('2025-03-03');
  });

  it('refuses a day that does not exist and text that is no date', () => {
    for (const text of ['31-02-2025', '13-13-2025', '03-03-25', 'morgen', ''])
      expect(parseTypedDate(text)).toBeNull();
  });
});
