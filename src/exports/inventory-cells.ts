import type { InventoryRow } from './inventory-rows';
import { xmlChars } from './xml-text';

/** A cell as a spreadsheet holds it. */
export type InventoryCell = string | number;

/**
 * A row's cells in the order of {@link INVENTORY_COLUMNS}. Text holds only characters XML 1.0
 * allows: an .xlsx keeps its cells in XML, and U+FFFE, U+FFFF, lone surrogates or control
 * characters in a subject would make the workbook unreadable; the CSV gets the same cells.
 */
export function inventoryCells(row: InventoryRow): InventoryCell[] {
  const cells: InventoryCell[] = [
    row.id,
    row.matter,
    row.family,
    row.emailThreadId ?? '',
    row.document,
    row.fileType,
    row.datum,
    row.beoordeling,
    row.opgeschort,
    row.beoordelingsgrond,
    row.toelichting,
    row.publiekeLink,
    row.gerelateerdId,
    row.zaaknummer,
  ];
  return cells.map((cell) => (typeof cell === 'string' ? xmlChars(cell) : cell));
}
