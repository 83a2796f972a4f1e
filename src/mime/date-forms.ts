import { amsterdamOffsetAt } from './dutch-date';

/**
 * Strict readers for the date forms mail and exports use. Each returns the instant, `null`
 * when the text has the form but names no real date or time ("Fri, 29 Feb 2023": never rolled
 * over to 1 March), or `undefined` when the text is not in its form. Without a zone the time
 * is Dutch local time (Europe/Amsterdam), the same on every machine.
 */

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes ahead of UTC, or undefined when the text names no zone. */
  readonly offset: number | undefined;
}

/** The instant of the parts, or null when they name no real date or time. */
export function instantOf(parts: DateParts): Date | null {
  const { year, month, day, hour, minute, second, offset } = parts;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month) return null;
  if (check.getUTCDate() !== day) return null;
  return new Date(local - (offset ?? amsterdamOffsetAt(local)) * 60_000);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
};

function offsetOf(zone: string | undefined): number | undefined | null {
  if (zone === undefined || zone === '') return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric !== null) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()] ?? null;
}

const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([+-]\d{4}|[a-z]{1,5}))?$/i;

/** `Mon, 4 Mar 2024 10:15:00 +0100` (RFC 2822 section 3.3, with its obsolete zone names). */
export function readRfc2822Date(text: string): Date | null | undefined {
  const parts = RFC_2822.exec(text);
  if (parts === null) return undefined;
  const [, day, monthName, year, hour, minute, second, zone] = parts;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const offset = offsetOf(zone);
  if (month < 0 || offset === null) return undefined;
  const fullYear =
    Number(year) < 50
      ? 2000 + Number(year)
      : Number(year) < 100
        ? 1900 + Number(year)
        : Number(year);
  return instantOf({
    year: fullYear,
    month,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    offset,
  });
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** `2024-03-04`, `2024-03-04T10:15:00`, `2024-03-04T10:15:00.000Z`, `2024-03-04 10:15+01:00`. */
export function readIsoDate(text: string): Date | null | undefined {
  const parts = ISO_8601.exec(text);
  if (parts === null) return undefined;
  const [, year, month, day, hour, minute, second, zone] = parts;
  const offset = offsetOf(zone);
  if (offset === null) return undefined;
  return instantOf({
    year: Number(year),
    month: Number(month) - 1,
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    offset,
  });
}

const NUMERIC_DUTCH =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/** `29-9-2023`, `29/09/2023 14:05`, `1.2.2024`: day first, as the Netherlands writes it. */
export function readNumericDutchDate(text: string): Date | null | undefined {
  const parts = NUMERIC_DUTCH.exec(text);
  if (parts === null) return undefined;
  const [, day, month, year, hour, minute, second] = parts;
  return instantOf({
    year: Number(year),
    month: Number(month) - 1,
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    offset: undefined,
  });
}
