import ExcelJS from 'exceljs';
import template from '../../test/fixtures/inventaris/productierapport-header.json';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import { exportInventory, type ExportProgress } from './export-inventory';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings want a Node Buffer of their own vintage.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(template.sheet);
  if (sheet === undefined) throw new Error('sheet missing');
  return sheet;
}

describe('exportInventory', () => {
  it('writes an .xlsx whose header row is the template header', async () => {
    const file = await exportInventory([anExportRecord()], { format: 'xlsx' });
    const sheet = await readBack(file.bytes);
    const header = sheet.getRow(1).values;
    expect(Array.isArray(header) ? header.slice(1) : []).toEqual(template.header);
  });

  it('writes Datum as a date cell shown as yyyy-mm-dd and attachments as rows', async () => {
    const record = anExportRecord({ attachments: ['Bijlage.pdf'] });
    const file = await exportInventory([record], { format: 'xlsx' });
    const sheet = await readBack(file.bytes);
    expect(sheet.rowCount).toBe(3);
    const datum = sheet.getRow(2).getCell(7);
    expect(datum.value).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(datum.numFmt).toBe('yyyy-mm-dd;@');
    expect(sheet.getRow(3).getCell(5).value).toBe('Bijlage.pdf');
    expect(sheet.getRow(3).getCell(3).value).toBe(sheet.getRow(2).getCell(1).value);
    expect(file.rows).toBe(2);
  });

  it('reports progress up to the total and lists the gaps', async () => {
    const seen: ExportProgress[] = [];
    const complete = anExportRecord();
    const partial = withoutColumns(anExportRecord(), 'assessment', 'dossier');
    const file = await exportInventory([complete, partial], {
      format: 'xlsx',
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen.at(-1)).toEqual({ done: 2, total: 2 });
    expect(file.gaps).toEqual([
      {
        recordId: partial.recordId,
        fileName: partial.fileName,
        missing: ['dossier', 'assessment'],
      },
    ]);
  });

  it('writes the same rows as CSV', async () => {
    const file = await exportInventory([anExportRecord()], { format: 'csv' });
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + template.header.join(','));
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
  });
});
