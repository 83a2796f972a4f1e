const DAY_MS = 86_400_000;
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Dutch calendar day of a moment as `YYYY-MM-DD`. */
export function dutchDay(moment: Date): string {
  return FORMAT.format(moment);
}

/** The number of a Dutch calendar day (days since 1970-01-01), for day arithmetic. */
export function dayNumber(moment: Date): number {
  return Math.round(Date.parse(`${dutchDay(moment)}T00:00:00Z`) / DAY_MS);
}

/** The calendar day of a day number, as midnight UTC of that day. */
export function dayOf(number: number): Date {
  return new Date(number * DAY_MS);
}
