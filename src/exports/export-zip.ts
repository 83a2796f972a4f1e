import JSZip from 'jszip';
import type { ExportFile } from './export-validation';

/**
 * The files of a DiWoo or MDTO export as one zip (deflated), for a browser download; the CLI
 * writes them into a folder instead.
 */
export async function zipExportFiles(files: readonly ExportFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
