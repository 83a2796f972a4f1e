import { INVENTORY_COLUMNS } from './inventory-columns';
import { inventoryCells, type InventoryCell } from './inventory-cells';
import type { InventoryRow } from './inventory-rows';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading apostrophe, so a mail subject like `=HYPERLINK(...)` stays text.
 */
export function csvField(cell: InventoryCell): string {
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line with its CRLF. */
export function csvLine(cells: readonly InventoryCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * The inventory as CSV text (UTF-8), piece by piece: the header first, then a line per row. No
 * byte order mark: a reader that trims only whitespace would read the first header as
 * `\uFEFFID` and miss the required ID column. The platform itself imports the .xlsx.
 */
export function* inventoryCsv(rows: Iterable<InventoryRow>): Generator<string> {
  yield csvLine(INVENTORY_COLUMNS);
  for (const row of rows) yield csvLine(inventoryCells(row));
}
