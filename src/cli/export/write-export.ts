import {
  inventoryRows,
  recordGap,
  recordXmlFiles,
  type ExportRecord,
  type RecordGap,
} from '../../exports';
import type { ExportOptions } from './export-args';
import { writeInventoryFile } from './write-inventory-file';
import { writeNewFile } from './write-new-file';

/** What an export wrote: the count of rows or files and the records written with gaps. */
export interface ExportSummary {
  readonly written: number;
  readonly records: number;
  readonly gaps: readonly RecordGap[];
}

/**
 * Writes the export into `partPath`: the inventory (which needs all records, to order them)
 * as one streamed file, DiWoo and MDTO as files per record, page by page.
 */
export async function writeExport(
  pages: AsyncIterable<readonly ExportRecord[]>,
  options: ExportOptions,
  partPath: string,
): Promise<ExportSummary> {
  const gaps: RecordGap[] = [];
  const note = (record: ExportRecord) => {
    const gap = recordGap(record, options.format);
    if (gap !== null) gaps.push(gap);
  };
  if (options.format === 'inventaris') {
    const records: ExportRecord[] = [];
    for await (const page of pages) records.push(...page);
    records.forEach(note);
    const rows = inventoryRows(
      records,
      options.matter === undefined ? {} : { matter: options.matter },
    );
    const format = options.fileFormat === 'csv' ? 'csv' : 'xlsx';
    const written = await writeInventoryFile(partPath, format, rows);
    return { written, records: records.length, gaps };
  }
  const organisation = options.organisation ?? { tooiUri: '', name: '' };
  let written = 0;
  let records = 0;
  for await (const page of pages) {
    for (const record of page) {
      note(record);
      records += 1;
      for (const file of recordXmlFiles(record, options.format, {
        organisation,
        language: options.lang,
      })) {
        await writeNewFile(partPath, file.name, file.text);
        written += 1;
      }
    }
  }
  return { written, records, gaps };
}
