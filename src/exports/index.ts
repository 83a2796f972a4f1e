/**
 * Woo exports, pure: records in, files out. The inventory list ("productierapport") as .xlsx
 * or .csv, DiWoo 0.9.8 metadata per record (and a harvestable sitemap) and MDTO 1.0.1 per
 * record, every XML file validated against its schema. Runs in the browser (the review page)
 * and in Node (the command line, which streams large inventories).
 */
export type {
  AttachmentGapReason,
  ExportAttachment,
  ExportMetadata,
  ExportRecord,
} from './export-record';
export type {
  ExportOrganisation,
  PublicationContext,
  WaarderingCode,
  XmlExportConfig,
} from './export-config';
export { findTooiOrganisation } from './tooi-organisation';
export { countingRows, exportInventory, type InventoryCounts } from './export-inventory';
export { exportXml, recordXmlFiles } from './export-xml';
export {
  findInvalidFiles,
  findInvalidWorkbookParts,
  type ExportFile,
  type InvalidFile,
} from './export-validation';
export type { XmlFile, XmlValidator } from './xml-validator';
export { checkWellFormedInBrowser } from './parse-xml';
export { zipExportFiles } from './export-zip';
export { diwooSitemap, isPublicationUrl, sitemapIndex, SITEMAP_LIMIT } from './diwoo-sitemap';
export { inventoryRows, type InventoryRow } from './inventory-rows';
export { checkInventoryOptions } from './inventory-options';
export { inventoryCsv } from './inventory-csv';
export { writeInventoryXlsxFile } from './inventory-xlsx-stream';
export { recordGap, type GapField, type RecordGap } from './record-gaps';
export { attachmentFileType } from './file-type';
export { StableIds, stableNumber } from './stable-ids';
