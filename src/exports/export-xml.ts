import { diwooSitemap, type SitemapOptions } from './diwoo-sitemap';
import { diwooXml } from './diwoo-xml';
import type { XmlExportConfig } from './export-config';
import type { ExportProgress } from './export-inventory';
import type { ExportRecord } from './export-record';
import { findInvalidFiles, type ExportFile, type InvalidFile } from './export-validation';
import { mdtoXml } from './mdto-xml';
import type { XmlValidator } from './xml-validator';
import { recordGap, type RecordGap } from './record-gaps';
import { recordNumber } from './record-number';

const recordOf = (record: ExportRecord) => ({
  id: record.recordId,
  name: (record.metadata.subject ?? '').trim() || record.fileName,
});

/**
 * A record's DiWoo file (`{ID}.diwoo.xml`) or MDTO files (`{ID}.mdto.xml` and, when the record
 * has the file's size and SHA-256, `{ID}.bestand.mdto.xml`), named by the record's inventory ID.
 */
export function recordXmlFiles(
  record: ExportRecord,
  format: 'diwoo' | 'mdto',
  config: XmlExportConfig,
): ExportFile[] {
  const id = recordNumber(record);
  const of = recordOf(record);
  if (format === 'diwoo')
    return [{ name: `${id}.diwoo.xml`, text: diwooXml(record, config), record: of }];
  const { informatieobject, bestand } = mdtoXml(record, config);
  return [
    { name: `${id}.mdto.xml`, text: informatieobject, record: of },
    ...(bestand === null ? [] : [{ name: `${id}.bestand.mdto.xml`, text: bestand, record: of }]),
  ];
}

/** Options of {@link exportXml}. */
export interface ExportXmlOptions {
  readonly format: 'diwoo' | 'mdto';
  readonly config: XmlExportConfig;
  /** DiWoo only: also a harvestable `sitemap.xml` with the DiWoo extension. */
  readonly sitemap?: SitemapOptions;
  /** Checks the files before the export counts as done. */
  readonly validator: XmlValidator;
  readonly onProgress?: (progress: ExportProgress) => void;
}

/** An XML export: its files, each valid against its schema, with what records lacked; or the files refused. */
export type XmlExport =
  | {
      readonly kind: 'written';
      readonly files: readonly ExportFile[];
      readonly gaps: readonly RecordGap[];
    }
  | { readonly kind: 'invalid'; readonly invalid: readonly InvalidFile[] };

/**
 * The DiWoo or MDTO files of some records, each validated against its official schema before
 * the export counts as done (the review page; the command line writes page by page). A file
 * the schema refuses fails the whole export, naming its record.
 */
export async function exportXml(
  records: readonly ExportRecord[],
  options: ExportXmlOptions,
): Promise<XmlExport> {
  const files: ExportFile[] = [];
  const gaps: RecordGap[] = [];
  for (const [index, record] of records.entries()) {
    files.push(...recordXmlFiles(record, options.format, options.config));
    const gap = recordGap(record, options.format);
    if (gap !== null) gaps.push(gap);
    options.onProgress?.({ done: index + 1, total: records.length });
  }
  const invalid = await findInvalidFiles(options.validator, options.format, files);
  if (options.format === 'diwoo' && options.sitemap !== undefined) {
    const sitemap = {
      name: 'sitemap.xml',
      text: diwooSitemap(records, options.config, options.sitemap),
    };
    invalid.push(...(await findInvalidFiles(options.validator, 'sitemap', [sitemap])));
    files.push(sitemap);
  }
  return invalid.length === 0 ? { kind: 'written', files, gaps } : { kind: 'invalid', invalid };
}
