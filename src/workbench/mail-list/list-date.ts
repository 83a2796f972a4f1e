import type { UiLanguage } from '../../texts/language';

/** How a mail's time reads in the list (short) and to a screen reader or tooltip (full). */
export interface ListDate {
  readonly short: string;
  readonly full: string;
}

const LOCALES: Readonly<Record<UiLanguage, string>> = { nl: 'nl-NL', en: 'en-GB' };
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Formatters made once per locale, zone and options: a list of 500 mails asks for five formats
 * per row on every render, and making an `Intl.DateTimeFormat` costs far more than using one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      ...options,
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
};

/** The calendar day of a moment in a time zone, as `YYYY-MM-DD` (sortable, comparable). */
function dayOf(moment: Date, timeZone: string | undefined): string {
  return formatterOf('en-CA', timeZone, DAY_OPTIONS).format(moment);
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
  const format = (options: Intl.DateTimeFormatOptions): string =>
    formatterOf(LOCALES[language], timeZone, options).format(moment);
  const full = format({ dateStyle: 'full', timeStyle: 'short' });
  const time = format({ hour: '2-digit', minute: '2-digit' });
  const day = dayOf(moment, timeZone);
  const today = dayOf(now, timeZone);
  if (day === today) return { short: time, full };
  const age = now.getTime() - moment.getTime();
  if (age > 0 && age < 6 * DAY_MS)
    return { short: `${format({ weekday: 'short' })} ${time}`, full };
  if (day.slice(0, 4) === today.slice(0, 4))
    return { short: format({ weekday: 'short', day: 'numeric', month: 'numeric' }), full };
  return { short: format({ day: 'numeric', month: 'numeric', year: 'numeric' }), full };
}
