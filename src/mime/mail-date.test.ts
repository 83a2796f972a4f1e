import { parseMailDate, receivedDate } from './mail-date';

describe('parseMailDate', () => {
  it.each([
    ['Mon, 4 Mar 2024 10:15:00 +0100 (CET)', '2024-03-04T09:15:00.000Z'],
    ['4 Mar 2024 10:15 +0100', '2024-03-04T09:15:00.000Z'],
    ['2024-03-04T10:15:00+01:00', '2024-03-04T09:15:00.000Z'],
    ['2024-03-04T09:15:00Z', '2024-03-04T09:15:00.000Z'],
  ])('reads %s', (value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it.each([undefined, '', '  ', 'gisteren', '(CET)'])('has no date for %j', (value) => {
    expect(parseMailDate(value)).toBeUndefined();
  });
});

describe('receivedDate', () => {
  it('reads the date after the last semicolon', () => {
    const header = 'from a.nl (10.0.0.1) by b.nl; id 123; Tue, 12 Mar 2024 09:41:07 +0000';
    expect(receivedDate(header)?.toISOString()).toBe('2024-03-12T09:41:07.000Z');
    expect(receivedDate('from a.nl by b.nl')).toBeUndefined();
  });
});

describe('parseMailDate with Dutch dates as Outlook prints them', () => {
  it.each([
    ['woensdag 10 november 2021 19:12', '2021-11-10T18:12:00.000Z'],
    ['22 september 2022 om 23:53:53 CEST', '2022-09-22T21:53:53.000Z'],
    ['vrijdag 1 april 2022 17:19', '2022-04-01T15:19:00.000Z'],
    ['4 mrt. 2024', '2024-03-03T23:00:00.000Z'],
    ['Donderdag, 8 december 2022 12:44', '2022-12-08T11:44:00.000Z'],
  ])('reads %s as Dutch local time', (value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it('leaves English dates to the standard reader', () => {
    expect(parseMailDate('10 March 2024 10:00 GMT')?.toISOString()).toBe(
      '2024-03-10T10:00:00.000Z',
    );
    expect(parseMailDate('4 Jun 2024 10:00 EST')?.toISOString()).toBe('2024-06-04T15:00:00.000Z');
  });

  it.each(['31 februari 2024', '10 brumaire 2021'])('has no date for %s', (value) => {
    expect(parseMailDate(value)).toBeUndefined();
  });
});

describe('parseMailDate on dates exported mail gets wrong', () => {
  it.each(['Fri, 29 Feb 2023 10:00:00 +0100', '2023-02-29T10:00:00Z', '31-4-2024', '29-2-2023'])(
    'does not roll the impossible %s over to the next month',
    (value) => {
      expect(parseMailDate(value)).toBeUndefined();
    },
  );

  it('still reads 29 February in a leap year', () => {
    expect(parseMailDate('Thu, 29 Feb 2024 10:00:00 +0100')?.toISOString()).toBe(
      '2024-02-29T09:00:00.000Z',
    );
  });

  it.each([
    ['Mon, 6 Mar 2023 10:00:00', '2023-03-06T09:00:00.000Z'],
    ['Mon, 3 Jul 2023 10:00:00', '2023-07-03T08:00:00.000Z'],
    ['2023-07-03T10:00:00', '2023-07-03T08:00:00.000Z'],
    ['2023-01-10', '2023-01-09T23:00:00.000Z'],
    ['29-9-2023', '2023-09-28T22:00:00.000Z'],
    ['29/09/2023 14:05', '2023-09-29T12:05:00.000Z'],
  ])('reads %s, which names no zone, as Amsterdam time', (value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it.each(['0CT 2O2l l6:4E', 'gisteren', 'February 7 2023 6:08 PM'])(
    'has no date for %s rather than a guess in the machine’s own zone',
    (value) => {
      expect(parseMailDate(value)).toBeUndefined();
    },
  );
});
