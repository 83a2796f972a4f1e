import type { Row, Workbook, Worksheet } from 'exceljs';
import { INVENTORY_COLUMNS, INVENTORY_SHEET, INVENTORY_WIDTHS } from './inventory-columns';
import { inventoryCells } from './inventory-cells';
import type { InventoryRow } from './inventory-rows';

/** What the sheet writer needs of a workbook: ExcelJS's in-memory and streaming ones both fit. */
export type SheetHost = Pick<Workbook, 'addWorksheet'>;

const DATUM = INVENTORY_COLUMNS.indexOf('Datum') + 1;
// The template colours the headers of the columns the platform requires.
const REQUIRED = new Set(['ID', 'Matter', 'Document', 'Datum', 'Beoordeling', 'Beoordelingsgrond']);

/**
 * Writes the inventory as the template's `Sheet1`: its header text and widths, the required
 * headers coloured as in the template, Datum as a date cell shown `yyyy-mm-dd`. Rows are
 * committed one by one, so a streaming workbook keeps memory flat.
 */
export function writeInventorySheet(
  workbook: SheetHost,
  rows: Iterable<InventoryRow>,
  onRow?: (count: number) => void,
): number {
  const sheet = workbook.addWorksheet(INVENTORY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INVENTORY_COLUMNS.map((header, index) => ({
    header,
    width: INVENTORY_WIDTHS[index] ?? 12,
    ...(index + 1 === DATUM ? { style: { numFmt: 'yyyy-mm-dd;@' } } : {}),
  }));
  styleHeader(sheet.getRow(1));
  sheet.getRow(1).commit();
  let count = 0;
  for (const row of rows) {
    addRow(sheet, row).commit();
    count += 1;
    onRow?.(count);
  }
  return count;
}

function addRow(sheet: Worksheet, row: InventoryRow): Row {
  const cells: (string | number | Date | null)[] = inventoryCells(row);
  cells[DATUM - 1] = row.datum === '' ? null : new Date(`${row.datum}T00:00:00Z`);
  return sheet.addRow(cells);
}

function styleHeader(header: Row): void {
  header.eachCell((cell) => {
    if (!REQUIRED.has(String(cell.value))) return;
    cell.font = { name: 'Calibri', size: 12, color: { theme: 0 } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5 } };
  });
}
