import { readFile } from 'node:fs/promises';
import {
  countingRows,
  findInvalidFiles,
  findInvalidWorkbookParts,
  inventoryRows,
  recordGap,
  recordXmlFiles,
  type ExportOrganisation,
  type ExportRecord,
  type InvalidFile,
  type InventoryCounts,
  type RecordGap,
  type XmlExportConfig,
} from '../../exports';
// The XSD validator itself, not the exports' index: its WebAssembly stays out of the pages that
// import the index; the command line hands it to the exports as their validator.
import { validateXmlFiles } from '../../exports/validate-xml';
import type { ExportOptions } from './export-args';
import { writeInventoryFile } from './write-inventory-file';
import { writeNewFile } from './write-new-file';
import { writeSitemaps } from './write-sitemaps';

/** What an export wrote: the count of rows or files, the records written with gaps, the counts. */
export interface ExportSummary {
  readonly written: number;
  readonly records: number;
  readonly gaps: readonly RecordGap[];
  /** The inventory's rows by what their Beoordeling rests on. */
  readonly counts?: InventoryCounts;
}

/** Files the validator refused: the export fails, naming their records. */
export interface RefusedFiles {
  readonly invalid: readonly InvalidFile[];
}

/**
 * Writes the export into `partPath`: the inventory (which needs all records, to order them)
 * as one streamed file, checked for well-formed XML afterwards; DiWoo and MDTO as files per
 * record, page by page, each page validated against its schema before it is written.
 */
export async function writeExport(
  pages: AsyncIterable<readonly ExportRecord[]>,
  options: ExportOptions,
  organisation: ExportOrganisation | undefined,
  partPath: string,
): Promise<ExportSummary | RefusedFiles> {
  const inventoryOptions = {
    ...(options.matter === undefined ? {} : { matter: options.matter }),
    ...(options.zaaknummer === undefined ? {} : { zaaknummer: options.zaaknummer }),
    ...(organisation === undefined ? {} : { organisation }),
  };
  if (options.format === 'inventaris') {
    const records: ExportRecord[] = [];
    for await (const page of pages) records.push(...page);
    const gaps = records.flatMap(
      (record) => recordGap(record, 'inventaris', inventoryOptions) ?? [],
    );
    const counts = { rows: 0, unassessed: 0, assessedOnOwnText: 0 };
    const rows = countingRows(inventoryRows(records, inventoryOptions), counts);
    const format = options.fileFormat === 'csv' ? 'csv' : 'xlsx';
    await writeInventoryFile(partPath, format, rows);
    if (format === 'xlsx') {
      const invalid = await findInvalidWorkbookParts(validateXmlFiles, await readFile(partPath));
      if (invalid.length > 0) return { invalid };
    }
    return { written: counts.rows, records: records.length, gaps, counts };
  }
  if (organisation === undefined) return { invalid: [] };
  return writeXmlExport(pages, options, options.format, organisation, partPath);
}

async function writeXmlExport(
  pages: AsyncIterable<readonly ExportRecord[]>,
  options: ExportOptions,
  format: 'diwoo' | 'mdto',
  organisation: ExportOrganisation,
  partPath: string,
): Promise<ExportSummary | RefusedFiles> {
  const gaps: RecordGap[] = [];
  const config: XmlExportConfig = {
    organisation,
    organisationDomains: options.organisationDomains,
    language: options.lang,
    waardering: options.waardering,
    context: options.context,
  };
  let written = 0;
  let records = 0;
  const all: ExportRecord[] = [];
  for await (const page of pages) {
    gaps.push(...page.flatMap((record) => recordGap(record, format) ?? []));
    records += page.length;
    const files = page.flatMap((record) => recordXmlFiles(record, format, config));
    const invalid = await findInvalidFiles(validateXmlFiles, format, files);
    if (invalid.length > 0) return { invalid };
    for (const file of files) await writeNewFile(partPath, file.name, file.text);
    written += files.length;
    if (options.sitemap !== undefined) all.push(...page);
  }
  if (options.sitemap !== undefined) {
    const sitemaps = await writeSitemaps(partPath, all, config, options.sitemap);
    if ('invalid' in sitemaps) return sitemaps;
    written += sitemaps.written;
  }
  return { written, records, gaps };
}
