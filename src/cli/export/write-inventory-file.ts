import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { inventoryCsv, writeInventorySheet, type InventoryRow } from '../../exports';

/**
 * Writes the inventory to a file, streaming: ExcelJS's WorkbookWriter commits each row to the
 * zip as it goes, the CSV is written line by line with back-pressure. Returns the row count.
 */
export async function writeInventoryFile(
  path: string,
  format: 'xlsx' | 'csv',
  rows: Iterable<InventoryRow>,
): Promise<number> {
  if (format === 'csv') return writeCsv(path, rows);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const count = writeInventorySheet(workbook, rows);
  await workbook.commit();
  return count;
}

async function writeCsv(path: string, rows: Iterable<InventoryRow>): Promise<number> {
  const stream = createWriteStream(path);
  let count = -1;
  try {
    for (const line of inventoryCsv(rows)) {
      count += 1;
      if (!stream.write(line)) await once(stream, 'drain');
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return count;
}
