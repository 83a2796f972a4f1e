const pad = (value: number) => String(value).padStart(2, '0');

/** A date as the page shows it in either language: `dd-mm-jjjj`, in the browser's time zone. */
export function formatDate(date: Date): string {
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()}`;
}

/** A moment as `dd-mm-jjjj hh:mm`; `—` for a missing or unreadable one. */
export function formatDateTime(date: Date | undefined): string {
  if (date === undefined || Number.isNaN(date.getTime())) return '—';
  return `${formatDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Reads a typed date: `dd-mm-jjjj` (also with `/` or `.`, and one-digit day or month) or ISO
 * `jjjj-mm-dd`; null for anything else or a day that does not exist (31-02-2025).
 */
export function parseTypedDate(text: string): Date | null {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [day, month, year] = dutch
    ? [dutch[1], dutch[2], dutch[3]]
    : iso
      ? [iso[3], iso[2], iso[1]]
      : [];
  if (day === undefined || month === undefined || year === undefined) return null;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  const exists =
    date.getFullYear() === Number(year) &&
    date.getMonth() === Number(month) - 1 &&
    date.getDate() === Number(day);
  return exists ? date : null;
}

/** The calendar day of a date as `jjjj-mm-dd`, the form the queue's filter takes. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
