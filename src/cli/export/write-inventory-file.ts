import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { inventoryCsv, writeInventoryXlsxFile, type InventoryRow } from '../../exports';

/**
 * Writes the inventory to a file, streaming: the .xlsx row by row into its zip, the CSV line by
 * line with back-pressure. Returns the row count.
 */
export async function writeInventoryFile(
  path: string,
  format: 'xlsx' | 'csv',
  rows: Iterable<InventoryRow>,
): Promise<number> {
  if (format === 'csv') return writeCsv(path, rows);
  return writeInventoryXlsxFile(path, rows);
}

async function writeCsv(path: string, rows: Iterable<InventoryRow>): Promise<number> {
  const stream = createWriteStream(path);
  let count = -1;
  try {
    for (const line of inventoryCsv(rows)) {
      count += 1;
      if (!stream.write(line)) await once(stream, 'drain');
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return count;
}
