import type { ExportRecord } from './export-record';
import { stableNumber } from './stable-ids';

/** The key a record's stable number comes from: its dedup key, else its record id. */
export function recordKey(record: ExportRecord): string {
  return record.metadata.dedupKey ?? `record:${record.recordId}`;
}

/** A record's stable number: its inventory ID, and the name of its DiWoo and MDTO files. */
export function recordNumber(record: ExportRecord): number {
  return stableNumber(recordKey(record));
}
