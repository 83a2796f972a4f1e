const MONTHS: Readonly<Record<string, number>> = {
  jan: 0,
  januari: 0,
  feb: 1,
  februari: 1,
  mrt: 2,
  maart: 2,
  apr: 3,
  april: 3,
  mei: 4,
  jun: 5,
  juni: 5,
  jul: 6,
  juli: 6,
  aug: 7,
  augustus: 7,
  sep: 8,
  sept: 8,
  september: 8,
  okt: 9,
  oktober: 9,
  nov: 10,
  november: 10,
  dec: 11,
  december: 11,
};
const ZONES: Readonly<Record<string, number>> = {
  cet: 60,
  met: 60,
  cest: 120,
  mest: 120,
  utc: 0,
  gmt: 0,
};

/** `woensdag 10 november 2021 19:12`, `22 september 2022 om 23:53:53 CEST`, `4 mrt. 2024`. */
const DUTCH_DATE =
  /^(?:(?:ma|di|wo|do|vr|za|zo)[a-z]*\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:,?\s+(?:om\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s+([a-z]{3,4}))?$/i;

/**
 * Reads a date as Outlook prints it in Dutch ("Verzonden: woensdag 10 november 2021 19:12"), as
 * found in exported and printed mail. Without a zone the time is taken as Dutch local time
 * (CET/CEST by the date). Returns undefined when the text is not in this form, and null when
 * it is but names no real date (`31 februari`), so that no lenient parser
 * gets to guess after it.
 */
export function parseDutchDate(value: string): Date | null | undefined {
  const parts = DUTCH_DATE.exec(value.trim());
  if (parts === null) return undefined;
  const [, day, monthName, year, hour, minute, second, zone] = parts;
  const month = MONTHS[(monthName ?? '').toLowerCase()];
  if (month === undefined) return undefined; // an English month: not ours to read
  const local = Date.UTC(
    Number(year),
    month,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
  );
  if (new Date(local).getUTCDate() !== Number(day)) return null; // 31 februari
  const zoneOffset = zone === undefined ? undefined : ZONES[zone.toLowerCase()];
  if (zone !== undefined && zoneOffset === undefined) return undefined;
  return new Date(local - (zoneOffset ?? amsterdamOffsetAt(local)) * 60_000);
}

const amsterdam = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  timeZoneName: 'shortOffset',
});

/** Minutes Amsterdam is ahead of UTC for a wall-clock time given as if it were UTC. */
export function amsterdamOffsetAt(localAsUtc: number): number {
  const first = offsetAt(localAsUtc);
  const second = offsetAt(localAsUtc - first * 60_000);
  return second;
}

function offsetAt(instant: number): number {
  const name =
    amsterdam.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const parts = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (parts === null) return 0;
  const minutes = Number(parts[2]) * 60 + Number(parts[3] ?? 0);
  return parts[1] === '-' ? -minutes : minutes;
}
