import type { InventoryRow } from './inventory-rows';

/** A cell as a spreadsheet holds it. */
export type InventoryCell = string | number;

/** A row's cells in the order of {@link INVENTORY_COLUMNS}. */
export function inventoryCells(row: InventoryRow): InventoryCell[] {
  return [
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
}
