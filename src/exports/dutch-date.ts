const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands, `YYYY-MM-DD`: a mail sent at 00:30 CET is that day's. */
export function dutchDate(moment: Date): string {
  return DAY.format(moment);
}

/** The Dutch calendar date as a Date at UTC midnight, as a spreadsheet date cell wants it. */
export function dutchDay(moment: Date): Date {
  return new Date(`${dutchDate(moment)}T00:00:00Z`);
}
