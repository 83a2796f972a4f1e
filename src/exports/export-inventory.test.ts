import { validateXmlFiles as validator } from './validate-xml';
import ExcelJS from 'exceljs';
import template from '../../test/fixtures/inventaris/productierapport-header.json';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import { exportInventory, type ExportProgress, type InventoryFile } from './export-inventory';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings want a Node Buffer of their own vintage.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(template.sheet);
  if (sheet === undefined) throw new Error('sheet missing');
  return sheet;
}

function written(file: InventoryFile): Extract<InventoryFile, { kind: 'written' }> {
  if (file.kind !== 'written') throw new Error(`not written: ${file.kind}`);
  return file;
}

describe('exportInventory', () => {
  it('writes an .xlsx whose header row is the template header', async () => {
    const file = written(await exportInventory([anExportRecord()], { format: 'xlsx', validator }));
    const sheet = await readBack(file.bytes);
    const header = sheet.getRow(1).values;
    expect(Array.isArray(header) ? header.slice(1) : []).toEqual(template.header);
  });

  it('writes Datum as a date cell shown as yyyy-mm-dd and attachments as rows', async () => {
    const record = anExportRecord({
      attachments: [{ kind: 'assessed', name: 'Bijlage.pdf', level: 'openbaar', grounds: [] }],
    });
    const file = written(await exportInventory([record], { format: 'xlsx', validator }));
    const sheet = await readBack(file.bytes);
    expect(sheet.rowCount).toBe(3);
    const datum = sheet.getRow(2).getCell(7);
    expect(datum.value).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(datum.numFmt).toBe('yyyy-mm-dd;@');
    expect(sheet.getRow(3).getCell(5).value).toBe('Bijlage.pdf');
    expect(sheet.getRow(3).getCell(3).value).toBe(sheet.getRow(2).getCell(1).value);
    expect(file.counts).toEqual({ rows: 2, unassessed: 0, assessedOnOwnText: 1 });
  });

  it('stays a readable workbook whatever a subject holds (U+FFFE, U+FFFF, lone surrogates, controls)', async () => {
    const subject = 'Niet-tekens \uFFFE\uFFFF\uD800 \u0001\u001B besluit';
    const file = written(
      await exportInventory([anExportRecord({ metadata: { subject } })], {
        format: 'xlsx',
        validator,
      }),
    );
    const sheet = await readBack(file.bytes);
    expect(sheet.getRow(2).getCell(5).value).toBe('Niet-tekens besluit');
  });

  it('reports progress up to the total and lists the gaps', async () => {
    const seen: ExportProgress[] = [];
    const complete = anExportRecord();
    const partial = withoutColumns(anExportRecord(), 'assessment', 'dossier');
    const file = written(
      await exportInventory([complete, partial], {
        format: 'xlsx',
        validator,
        onProgress: (progress) => seen.push(progress),
      }),
    );
    expect(seen.at(-1)).toEqual({ done: 2, total: 2 });
    expect(file.gaps).toEqual([
      {
        recordId: partial.recordId,
        fileName: partial.fileName,
        missing: ['dossier', 'unassessed'],
      },
    ]);
    expect(file.counts.unassessed).toBe(1);
  });

  it('writes the same rows as CSV, without a byte order mark', async () => {
    const file = written(await exportInventory([anExportRecord()], { format: 'csv', validator }));
    expect([...file.bytes.slice(0, 2)]).toEqual([...new TextEncoder().encode('ID')]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.split('\r\n')[0]).toBe(template.header.join(','));
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
  });

  it('refuses a Matter or Zaaknummer the platform would refuse', async () => {
    const record = anExportRecord();
    expect(
      await exportInventory([record], { format: 'csv', validator, matter: 'WOO 2025/17' }),
    ).toEqual({
      kind: 'refused',
      error: 'invalid-matter',
    });
    expect(
      await exportInventory([record], { format: 'csv', validator, zaaknummer: 'W_17' }),
    ).toEqual({
      kind: 'refused',
      error: 'invalid-zaaknummer',
    });
  });
});
