import type { UiLanguage } from '../../texts/language';

/** How a mail's time reads in the list (short) and to a screen reader or tooltip (full). */
export interface ListDate {
  readonly short: string;
  readonly full: string;
}

const LOCALES: Readonly<Record<UiLanguage, string>> = { nl: 'nl-NL', en: 'en-GB' };
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of a moment in a time zone, as `YYYY-MM-DD` (sortable, comparable). */
function dayOf(moment: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(moment);
}

/**
 * The date column as Outlook on the web writes it: the time for today's mail ("14:05"), the
 * weekday and time within the last week ("wo 14:05"), day and month this year ("di 25-11"),
 * and the full date before that ("25-11-2024"). An unreadable date gives empty texts.
 */
export function formatListDate(
  iso: string,
  now: Date,
  language: UiLanguage,
  timeZone?: string,
): ListDate {
  const moment = new Date(iso);
  if (iso === '' || Number.isNaN(moment.getTime())) return { short: '', full: '' };
  const zone = timeZone === undefined ? {} : { timeZone };
  const format = (options: Intl.DateTimeFormatOptions): string =>
    new Intl.DateTimeFormat(LOCALES[language], { ...options, ...zone }).format(moment);
  const full = format({ dateStyle: 'full', timeStyle: 'short' });
  const time = format({ hour: '2-digit', minute: '2-digit' });
  const day = dayOf(moment, timeZone);
  if (day === dayOf(now, timeZone)) return { short: time, full };
  const age = now.getTime() - moment.getTime();
  if (age > 0 && age < 6 * DAY_MS)
    return { short: `${format({ weekday: 'short' })} ${time}`, full };
  if (day.slice(0, 4) === dayOf(now, timeZone).slice(0, 4))
    return { short: format({ weekday: 'short', day: 'numeric', month: 'numeric' }), full };
  return { short: format({ day: 'numeric', month: 'numeric', year: 'numeric' }), full };
}
