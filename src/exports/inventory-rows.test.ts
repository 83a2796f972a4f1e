import { asConversationId } from '../core/ids';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import { inventoryRows, threadNumber } from './inventory-rows';

describe('inventoryRows', () => {
  it('lists records oldest first by the date they were sent', () => {
    const late = anExportRecord({ metadata: { sent: new Date('2024-05-01T10:00:00Z') } });
    const early = anExportRecord({ metadata: { sent: new Date('2024-01-02T10:00:00Z') } });
    const rows = [...inventoryRows([late, early])];
    expect(rows.map((row) => row.recordId)).toEqual([early.recordId, late.recordId]);
    expect(rows.map((row) => row.datum)).toEqual(['2024-01-02', '2024-05-01']);
  });

  it('writes the Dutch calendar date: a mail sent at 00:30 in Amsterdam is that day', () => {
    const record = anExportRecord({ metadata: { sent: new Date('2024-03-05T23:30:00Z') } });
    expect([...inventoryRows([record])][0]?.datum).toBe('2024-03-06');
  });

  it('fills the columns as the template spells them', () => {
    const [row] = [...inventoryRows([anExportRecord()])];
    expect(row).toMatchObject({
      fileType: 'email',
      beoordeling: 'Deels openbaar',
      beoordelingsgrond: '5.1.2e; 5.2',
      toelichting: 'Persoonsgegevens van de indiener.',
      zaaknummer: 'BZK-2024-0113',
      matter: 'BZK-2024-0113',
    });
    expect(row?.family).toBe(row?.id);
  });

  it('gives a mail its attachments as rows of their own, in its family', () => {
    const mail = anExportRecord({ attachments: ['Advies.pdf', 'Begroting.xlsx'] });
    const rows = [...inventoryRows([mail])];
    expect(rows.map((row) => [row.document, row.fileType])).toEqual([
      [mail.fileName, 'email'],
      ['Advies.pdf', 'pdf'],
      ['Begroting.xlsx', 'spreadsheet'],
    ]);
    const mailId = rows[0]?.id;
    expect(rows.map((row) => row.family)).toEqual([mailId, mailId, mailId]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
  });

  it('keeps IDs the same between exports, whatever else is exported with them', () => {
    const a = anExportRecord({ attachments: ['Nota.docx'] });
    const b = anExportRecord();
    const alone = [...inventoryRows([a])].map((row) => row.id);
    const together = [...inventoryRows([b, a])].filter((row) => row.recordId === a.recordId);
    expect(together.map((row) => row.id)).toEqual(alone);
    expect(alone.every((id) => id >= 100_000_000_000 && id < 1_000_000_000_000)).toBe(true);
  });

  it('links mails of one conversation by one numeric thread id', () => {
    const conversationId = asConversationId('AAQkADAwATM0MDAAMS1iNmQ2LTc2');
    const first = anExportRecord({ metadata: { conversationId, sent: new Date('2024-01-01') } });
    const reply = anExportRecord({ metadata: { conversationId, sent: new Date('2024-01-02') } });
    const other = anExportRecord({ metadata: { sent: new Date('2024-01-03') } });
    const rows = [...inventoryRows([first, reply, other])];
    expect(rows[0]?.emailThreadId).toBe(threadNumber(conversationId));
    expect(rows[1]?.emailThreadId).toBe(rows[0]?.emailThreadId);
    expect(rows[2]?.emailThreadId).not.toBe(rows[0]?.emailThreadId);
  });

  it('marks a chat record as chat and takes the Matter from the options', () => {
    const chat = anExportRecord({ metadata: { sourceKind: 'chat' } });
    const [row] = [...inventoryRows([chat], { matter: 'WOO-2025-17' })];
    expect(row?.fileType).toBe('chat');
    expect(row?.matter).toBe('WOO-2025-17');
    expect(row?.zaaknummer).toBe('BZK-2024-0113');
  });

  it('still writes a record without assessment or date, with blanks', () => {
    const { createdAt, ...record } = anExportRecord({ metadata: { subject: 'Zonder kolommen' } });
    expect(createdAt).toBeDefined();
    const bare = withoutColumns(record, 'assessment', 'sent', 'filedAt', 'dossier', 'grounds');
    const [row] = [...inventoryRows([bare])];
    expect(row).toMatchObject({
      beoordeling: '',
      datum: '',
      zaaknummer: '',
      beoordelingsgrond: '',
    });
  });
});
