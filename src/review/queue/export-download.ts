import type { ExportOrganisation, ExportRecord } from '../../exports';

/** The formats the review page exports: the Woo inventory list, or DiWoo or MDTO as one zip. */
export type ExportChoice = 'xlsx' | 'csv' | 'diwoo' | 'mdto';

/** Every format, in the order the page offers them. */
export const EXPORT_CHOICES: readonly ExportChoice[] = ['xlsx', 'csv', 'diwoo', 'mdto'];

/** A finished export, ready to be offered as a download. */
export interface ExportDownload {
  readonly blob: Blob;
  readonly fileName: string;
  /** Inventory rows (attachments count), or XML files in the zip. */
  readonly count: number;
}

/**
 * Builds the download of some records in one format, loading the export code only now (it is
 * large, and most visits export nothing). `onProgress` counts records.
 */
export async function buildExportDownload(
  records: readonly ExportRecord[],
  choice: ExportChoice,
  organisation: ExportOrganisation,
  onProgress: (progress: { readonly done: number; readonly total: number }) => void,
): Promise<ExportDownload> {
  const exports = await import('../../exports');
  if (choice === 'xlsx' || choice === 'csv') {
    const file = await exports.exportInventory(records, { format: choice, onProgress });
    const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
    return { blob, fileName: `inventarislijst.${choice}`, count: file.rows };
  }
  const { files } = exports.exportXml(records, {
    format: choice,
    config: { organisation },
    onProgress,
  });
  const zip = await exports.zipExportFiles(files);
  const blob = new Blob([new Uint8Array(zip)], { type: 'application/zip' });
  return { blob, fileName: `${choice}.zip`, count: files.length };
}
