import ExcelJS from 'exceljs';
import { asConversationId, asSourceId } from '../../src/core/ids';
import { exportInventory } from '../../src/exports';
import { anExportRecord, withoutColumns } from '../../src/exports/export-record.fixture';
import { validateXmlFiles as validator } from '../../src/exports/validate-xml';
import { readAsPlatform } from './inventory-reader';

describe('the inventory read the way the Woo publication platform reads it', () => {
  it('finds every row valid: IDs, Matter, Beoordeling, grounds, families, threads, case numbers', async () => {
    const root = anExportRecord({
      metadata: {
        sourceId: asSourceId('<root@minlnv.nl>'),
        conversationId: asConversationId('AAQkAD-thread'),
        subject: 'Agenda Q&A; overleg \uFFFE\u0001 =HYPERLINK("x")',
        grounds: ['5.1.2e', 'dubbel'],
        assessment: 'niet-openbaar',
      },
      attachments: [
        { kind: 'assessed', name: 'Advies.pdf', level: 'deels-openbaar', grounds: ['5.1.1e'] },
        { kind: 'unassessed', name: 'Geheim.pdf', reason: 'encrypted' },
        { kind: 'assessed', name: 'agenda.ics', level: 'openbaar', grounds: [] },
      ],
    });
    const reply = anExportRecord({
      metadata: {
        conversationId: asConversationId('root@minlnv.nl'),
        reviewStatus: 'te-beoordelen',
      },
    });
    const chat = anExportRecord({
      metadata: { sourceKind: 'chat', dossier: 'BZK/2025 0113' as never },
    });
    const bare = withoutColumns(anExportRecord(), 'assessment', 'subject', 'grounds');
    const file = await exportInventory([root, reply, chat, bare], {
      format: 'xlsx',
      validator,
      zaaknummer: '2025-0042; WOO (2025) 17',
    });
    if (file.kind !== 'written') throw new Error(file.kind);
    const rows = await readAsPlatform(file.bytes);
    expect(rows).toHaveLength(7);
    expect(rows.flatMap((row) => row.problems)).toEqual([]);
    expect(rows.map((row) => row.judgement)).toEqual(
      expect.arrayContaining(['NOT_PUBLIC', 'PARTIAL_PUBLIC', 'PUBLIC']),
    );
    const [mail, pdf] = rows;
    expect(pdf?.familyId).toBe(Number(mail?.id));
    expect(mail?.grounds).toEqual(['5.1.2e', 'dubbel']);
    expect(rows.find((row) => row.document === 'agenda.ics')?.sourceType).toBe('');
    const thread = (id: string) => rows.find((row) => row.id === id)?.threadId;
    expect(new Set([mail, rows[4]].map((row) => thread(row?.id ?? '')))).toHaveProperty('size', 1);
    expect(rows.every((row) => row.caseNumbers.join('|') === '2025-0042|WOO (2025) 17')).toBe(true);
  });

  it('reads a row the platform would misread as such (the reader can fail)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['ID', 'Matter', 'Document', 'Beoordeling', 'Beoordelingsgrond']);
    sheet.addRow([123, 'BZK/1', 'Nota', '', '5.1.2e']);
    const rows = await readAsPlatform(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows[0]?.judgement).toBe('NOT_PUBLIC');
    expect(rows[0]?.problems).toEqual([
      'invalid Matter "BZK/1"',
      'Beoordeling "" is read as Niet openbaar by default',
    ]);
    const headless = new ExcelJS.Workbook();
    headless
      .addWorksheet('Sheet1')
      .addRow(['\uFEFFID', 'Matter', 'Document', 'Beoordeling', 'Beoordelingsgrond']);
    await expect(readAsPlatform(new Uint8Array(await headless.xlsx.writeBuffer()))).rejects.toThrow(
      'missing headers: id',
    );
  });
});
