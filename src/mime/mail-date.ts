import { readIsoDate, readNumericDutchDate, readRfc2822Date } from './date-forms';
import { parseDutchDate } from './dutch-date';

const READERS = [parseDutchDate, readRfc2822Date, readIsoDate, readNumericDutchDate];

// Another form is left to Date.parse only when it names its zone: without one, engines read
// the machine's local time, and a date read differently on two machines is worse than none.
const NAMES_ZONE = /(?:\bZ|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT))$/i;

/**
 * Reads a date as mail and exports write it: RFC 2822 (`Mon, 4 Mar 2024 10:15:00 +0100 (CET)`),
 * ISO 8601, the Dutch long form Outlook prints (`woensdag 10 november 2021 19:12`) and the
 * numeric Dutch form (`29-9-2023`). Comments in parentheses are dropped first, since not every
 * engine skips them. A date that does not exist (`Fri, 29 Feb 2023`) is not rolled over, and
 * a time without a zone is Dutch local time (Europe/Amsterdam) on every machine. Returns
 * undefined when there is no date to be had.
 */
export function parseMailDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const cleaned = value
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  for (const read of READERS) {
    const date = read(cleaned);
    if (date !== undefined) return date ?? undefined;
  }
  if (!NAMES_ZONE.test(cleaned)) return undefined;
  const time = Date.parse(cleaned);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The date a `Received:` header ends with, after its last `;` (RFC 5321 section 4.4). */
export function receivedDate(receivedHeader: string | undefined): Date | undefined {
  if (receivedHeader === undefined) return undefined;
  const separator = receivedHeader.lastIndexOf(';');
  if (separator === -1) return undefined;
  return parseMailDate(receivedHeader.slice(separator + 1));
}
