/**
 * The files of a Woo decision package: redacted PDFs, the inventory list with the request's
 * zaaknummer, DiWoo metadata under 3.3.2i, the grounds summary and the search log, in a zip
 * written as it goes.
 */
export { redactedPdf, type RedactedPdfLabels } from './redacted-pdf';
export { StreamingZip, type ZipSink } from './package-zip';
export {
  packageInventoryRow,
  packageInventoryXlsx,
  type PackageDocument,
} from './package-inventory';
export { packageDiwooXml } from './package-diwoo';
export { packageSummary, searchLogCsv, type PackageFacts } from './package-texts';
