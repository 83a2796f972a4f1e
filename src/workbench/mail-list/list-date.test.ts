import { formatListDate } from './list-date';

const NOW = new Date('2026-12-03T15:00:00Z');
const ZONE = 'Europe/Amsterdam';
const nl = (iso: string) => formatListDate(iso, NOW, 'nl', ZONE);

describe('formatListDate', () => {
  it("shows only the time for today's mail, in the reader's time zone", () => {
    expect(nl('2026-12-03T13:05:00Z')).toEqual({
      short: '14:05',
      full: 'donderdag 3 december 2026 om 14:05',
    });
  });

  it('shows the weekday and time within the last week', () => {
    expect(nl('2026-12-01T09:30:00Z').short).toBe('di 10:30');
  });

  it('shows weekday, day and month earlier this year, and the full date before that', () => {
    expect(nl('2026-11-25T08:00:00Z').short).toBe('wo 25-11');
    expect(nl('2024-11-25T08:00:00Z').short).toBe('25-11-2024');
  });

  it('writes English dates on request', () => {
    const en = formatListDate('2024-11-25T08:00:00Z', NOW, 'en', ZONE);
    expect(en).toEqual({ short: '25/11/2024', full: 'Monday, 25 November 2024 at 09:00' });
  });

  it('counts days in the time zone: 00:30 on the 3rd in Amsterdam is today', () => {
    expect(nl('2026-12-02T23:30:00Z').short).toBe('00:30');
  });

  it('gives empty texts for a missing or unreadable date', () => {
    expect(nl('')).toEqual({ short: '', full: '' });
    expect(nl('gisteren')).toEqual({ short: '', full: '' });
  });
});
