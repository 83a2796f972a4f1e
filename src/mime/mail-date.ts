import { parseDutchDate } from './dutch-date';

/**
 * Reads a date as mail and exports write it: RFC 2822 (`Mon, 4 Mar 2024 10:15:00 +0100 (CET)`),
 * ISO 8601, or the Dutch long form Outlook prints (`woensdag 10 november 2021 19:12`).
 * Comments in parentheses are dropped first, since not every engine skips them.
 * Returns undefined when there is no date to be had.
 */
export function parseMailDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const cleaned = value
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  const dutch = parseDutchDate(cleaned);
  if (dutch !== undefined) return dutch ?? undefined;
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
