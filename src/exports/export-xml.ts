import { diwooXml } from './diwoo-xml';
import type { XmlExportConfig } from './export-config';
import type { ExportProgress } from './export-inventory';
import type { ExportRecord } from './export-record';
import { mdtoXml } from './mdto-xml';
import { recordGap, type RecordGap } from './record-gaps';
import { recordNumber } from './record-number';

/** One file of an XML export: its name in the export folder and its text. */
export interface ExportFile {
  readonly name: string;
  readonly text: string;
}

/**
 * A record's DiWoo file (`{ID}.diwoo.xml`) or MDTO files (`{ID}.mdto.xml` and
 * `{ID}.bestand.mdto.xml`), named by the record's inventory ID.
 */
export function recordXmlFiles(
  record: ExportRecord,
  format: 'diwoo' | 'mdto',
  config: XmlExportConfig,
): ExportFile[] {
  const id = recordNumber(record);
  if (format === 'diwoo') return [{ name: `${id}.diwoo.xml`, text: diwooXml(record, config) }];
  const { informatieobject, bestand } = mdtoXml(record, config);
  return [
    { name: `${id}.mdto.xml`, text: informatieobject },
    { name: `${id}.bestand.mdto.xml`, text: bestand },
  ];
}

/** Options of {@link exportXml}. */
export interface ExportXmlOptions {
  readonly format: 'diwoo' | 'mdto';
  readonly config: XmlExportConfig;
  readonly onProgress?: (progress: ExportProgress) => void;
}

/** The DiWoo or MDTO files of some records, with what they lacked; for the review page. */
export function exportXml(
  records: readonly ExportRecord[],
  options: ExportXmlOptions,
): { readonly files: readonly ExportFile[]; readonly gaps: readonly RecordGap[] } {
  const files: ExportFile[] = [];
  const gaps: RecordGap[] = [];
  for (const [index, record] of records.entries()) {
    files.push(...recordXmlFiles(record, options.format, options.config));
    const gap = recordGap(record, options.format);
    if (gap !== null) gaps.push(gap);
    options.onProgress?.({ done: index + 1, total: records.length });
  }
  return { files, gaps };
}
