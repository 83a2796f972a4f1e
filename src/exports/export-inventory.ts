import ExcelJS from 'exceljs';
import type { ExportRecord } from './export-record';
import { inventoryCsv } from './inventory-csv';
import { inventoryRows, type InventoryOptions } from './inventory-rows';
import { writeInventorySheet } from './inventory-sheet';
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
}

/** A finished export held in memory, with the records it could write only in part. */
export interface InventoryFile {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  readonly rows: number;
  readonly gaps: readonly RecordGap[];
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/**
 * The Woo inventory list of some records as one file in memory, for the review page (which
 * wraps the bytes in a Blob). Large exports from the command line stream instead.
 */
export async function exportInventory(
  records: readonly ExportRecord[],
  options: ExportInventoryOptions,
): Promise<InventoryFile> {
  const total = records.reduce((sum, record) => sum + 1 + (record.attachments?.length ?? 0), 0);
  const report = (done: number) => options.onProgress?.({ done, total });
  const rows = inventoryRows(records, options);
  const gaps = records.flatMap((record) => recordGap(record, 'inventaris') ?? []);
  if (options.format === 'csv') {
    const text = [...inventoryCsv(rows)].join('');
    report(total);
    return { bytes: new TextEncoder().encode(text), mimeType: MIME.csv, rows: total, gaps };
  }
  const workbook = new ExcelJS.Workbook();
  const count = writeInventorySheet(workbook, rows, report);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer), mimeType: MIME.xlsx, rows: count, gaps };
}
