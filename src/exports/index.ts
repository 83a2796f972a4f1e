/**
 * Woo exports, pure: records in, files out. The inventory list ("productierapport") as .xlsx
 * or .csv, DiWoo 0.9.8 metadata and MDTO 1.0.1 per record. Runs in the browser (the review
 * page) and in Node (the command line, which streams large inventories).
 */
export type { ExportMetadata, ExportRecord } from './export-record';
export { isTooiOrganisation, type ExportOrganisation, type XmlExportConfig } from './export-config';
export {
  exportInventory,
  type ExportInventoryOptions,
  type ExportProgress,
  type InventoryFile,
} from './export-inventory';
export { exportXml, recordXmlFiles, type ExportFile, type ExportXmlOptions } from './export-xml';
export { zipExportFiles } from './export-zip';
export { diwooXml, DIWOO_NAMESPACE } from './diwoo-xml';
export { mdtoXml, MDTO_NAMESPACE, type MdtoDocuments } from './mdto-xml';
export { INVENTORY_COLUMNS, INVENTORY_SHEET } from './inventory-columns';
export { inventoryRows, type InventoryOptions, type InventoryRow } from './inventory-rows';
export { inventoryCsv, UTF8_BOM } from './inventory-csv';
export { writeInventorySheet, type SheetHost } from './inventory-sheet';
export { writeInventoryXlsxFile } from './inventory-xlsx-stream';
export { recordGap, type ExportFormat, type GapField, type RecordGap } from './record-gaps';
export { recordNumber } from './record-number';
