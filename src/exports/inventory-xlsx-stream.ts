import ExcelJS from 'exceljs';
import type { InventoryRow } from './inventory-rows';
import { writeInventorySheet } from './inventory-sheet';

/**
 * Writes the inventory as .xlsx to a file, streaming (Node only): ExcelJS's WorkbookWriter
 * commits each row to the zip as it goes, so memory stays flat for large dossiers. Returns the
 * number of rows written.
 */
export async function writeInventoryXlsxFile(
  filename: string,
  rows: Iterable<InventoryRow>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true });
  const count = writeInventorySheet(workbook, rows);
  await workbook.commit();
  return count;
}
