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
export {
  findTooiOrganisation,
  supportsElectedMembers,
  type ListedOrganisation,
  type OrganisationError,
  type OrganisationKind,
} from './tooi-organisation';
export {
  countingRows,
  exportInventory,
  type ExportInventoryOptions,
  type ExportProgress,
  type InventoryCounts,
  type InventoryFile,
} from './export-inventory';
export { exportXml, recordXmlFiles, type ExportXmlOptions, type XmlExport } from './export-xml';
export {
  findInvalidFiles,
  findInvalidWorkbookParts,
  type ExportFile,
  type InvalidFile,
} from './export-validation';
export type { XmlCheck, XmlFile, XmlProblem, XmlValidator, XmlVerdict } from './xml-validator';
export { checkWellFormedInBrowser } from './parse-xml';
export { zipExportFiles } from './export-zip';
export { diwooXml, DIWOO_NAMESPACE } from './diwoo-xml';
export {
  diwooSitemap,
  isPublicationUrl,
  sitemapIndex,
  SITEMAP_LIMIT,
  type SitemapOptions,
} from './diwoo-sitemap';
export { mdtoXml, MDTO_NAMESPACE, type MdtoDocuments } from './mdto-xml';
export { INVENTORY_COLUMNS, INVENTORY_SHEET } from './inventory-columns';
export { inventoryRows, documentName, type InventoryRow } from './inventory-rows';
export {
  checkInventoryOptions,
  matterOfDossier,
  type InventoryOptionError,
  type InventoryOptions,
} from './inventory-options';
export { inventoryCsv } from './inventory-csv';
export { writeInventorySheet, type SheetHost } from './inventory-sheet';
export { writeInventoryXlsxFile } from './inventory-xlsx-stream';
export { recordGap, type ExportFormat, type GapField, type RecordGap } from './record-gaps';
export { recordNumber } from './record-number';
