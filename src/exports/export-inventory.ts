import ExcelJS from 'exceljs';
import type { ExportRecord } from './export-record';
import { findInvalidWorkbookParts, type InvalidFile } from './export-validation';
import { inventoryCsv } from './inventory-csv';
import {
  checkInventoryOptions,
  type InventoryOptionError,
  type InventoryOptions,
} from './inventory-options';
import { inventoryRows, type InventoryRow } from './inventory-rows';
import { writeInventorySheet } from './inventory-sheet';
import type { XmlValidator } from './xml-validator';
import { recordGap, type RecordGap } from './record-gaps';

/** How far an export is: rows or files written of the expected total. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
}

/** Options of {@link exportInventory}. */
export interface ExportInventoryOptions extends InventoryOptions {
  readonly format: 'xlsx' | 'csv';
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Checks the .xlsx's parts for well-formed XML before the file is handed out. */
  readonly validator: XmlValidator;
}

/** What an inventory says of its rows' Beoordeling, to report beside the file. */
export interface InventoryCounts {
  readonly rows: number;
  /** Rows stating "Niet openbaar" for a document nobody assessed. */
  readonly unassessed: number;
  /** Attachment rows carrying Bronvast's assessment of their own text. */
  readonly assessedOnOwnText: number;
}

/** A finished inventory held in memory, or why it was not made. */
export type InventoryFile =
  | {
      readonly kind: 'written';
      readonly bytes: Uint8Array;
      readonly mimeType: string;
      readonly counts: InventoryCounts;
      readonly gaps: readonly RecordGap[];
    }
  | { readonly kind: 'refused'; readonly error: InventoryOptionError }
  | { readonly kind: 'invalid'; readonly invalid: readonly InvalidFile[] };

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/** Counts rows by what their Beoordeling rests on, as they pass. */
export function countingRows(
  rows: Iterable<InventoryRow>,
  counts: { rows: number; unassessed: number; assessedOnOwnText: number },
): Iterable<InventoryRow> {
  return (function* () {
    for (const row of rows) {
      counts.rows += 1;
      if (row.basis === 'none') counts.unassessed += 1;
      if (row.basis === 'attachment-text') counts.assessedOnOwnText += 1;
      yield row;
    }
  })();
}

/**
 * The Woo inventory list of some records as one file in memory, for the review page (which
 * wraps the bytes in a Blob): the .xlsx checked part by part for well-formed XML before it is
 * handed out. Large exports from the command line stream instead.
 */
export async function exportInventory(
  records: readonly ExportRecord[],
  options: ExportInventoryOptions,
): Promise<InventoryFile> {
  const error = checkInventoryOptions(options);
  if (error !== null) return { kind: 'refused', error };
  const total = records.reduce((sum, record) => sum + 1 + (record.attachments?.length ?? 0), 0);
  const report = (done: number) => options.onProgress?.({ done, total });
  const counts = { rows: 0, unassessed: 0, assessedOnOwnText: 0 };
  const rows = countingRows(inventoryRows(records, options), counts);
  const gaps = records.flatMap((record) => recordGap(record, 'inventaris', options) ?? []);
  if (options.format === 'csv') {
    const text = [...inventoryCsv(rows)].join('');
    report(total);
    return {
      kind: 'written',
      bytes: new TextEncoder().encode(text),
      mimeType: MIME.csv,
      counts,
      gaps,
    };
  }
  const workbook = new ExcelJS.Workbook();
  writeInventorySheet(workbook, rows, report);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const invalid = await findInvalidWorkbookParts(options.validator, bytes);
  if (invalid.length > 0) return { kind: 'invalid', invalid };
  return { kind: 'written', bytes, mimeType: MIME.xlsx, counts, gaps };
}
