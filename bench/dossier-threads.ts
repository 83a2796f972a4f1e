/**
 * What the Amsterdam corpus knows beyond the loaded messages: the thread each message was printed
 * in (`parent_id`) and its date, parsed from the free-text `date` field. The dossier benchmark
 * uses them for its "earlier mail" protocol; the product never sees them.
 */
import { join } from 'node:path';
import { readJsonLines, stringField } from '../scripts/corpora/jsonl';

/** The thread and date of one corpus message (date null where it cannot be read). */
export interface ThreadInfo {
  readonly thread: string;
  readonly date: number | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 0,
  jan: 0,
  februari: 1,
  feb: 1,
  maart: 2,
  mrt: 2,
  mar: 2,
  april: 3,
  apr: 3,
  mei: 4,
  may: 4,
  juni: 5,
  jun: 5,
  juli: 6,
  jul: 6,
  augustus: 7,
  aug: 7,
  september: 8,
  sep: 8,
  oktober: 9,
  okt: 9,
  oct: 9,
  november: 10,
  nov: 10,
  december: 11,
  dec: 11,
};

const WRITTEN = /(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:\D+(\d{1,2}):(\d{2}))?/i;
const NUMERIC = /(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/;

/** Parses the Dutch and English date lines of mail print-outs; null when there is no date. */
export function parseMailDate(text: string): number | null {
  const written = WRITTEN.exec(text);
  const month = written === null ? undefined : MONTHS[(written[2] ?? '').toLowerCase()];
  if (written !== null && month !== undefined) {
    return Date.UTC(
      Number(written[3]),
      month,
      Number(written[1]),
      Number(written[4] ?? 0),
      Number(written[5] ?? 0),
    );
  }
  const numeric = NUMERIC.exec(text);
  if (numeric === null) return null;
  const [, day, monthNumber, year, hour, minute] = numeric;
  return Date.UTC(
    Number(year),
    Number(monthNumber) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
  );
}

/** Thread and date per Amsterdam message id. */
export function readAmsterdamThreads(dataDir: string): Map<string, ThreadInfo> {
  const records = readJsonLines(join(dataDir, 'amsterdam-woo', 'email_messages_train.jsonl'));
  const threads = new Map<string, ThreadInfo>();
  for (const record of records) {
    const id = stringField(record, 'id');
    if (id === undefined) continue;
    const date = stringField(record, 'date');
    threads.set(id, {
      thread: stringField(record, 'parent_id') ?? id,
      date: date === undefined ? null : parseMailDate(date),
    });
  }
  return threads;
}
