import { asConversationId, asSourceId } from '../core/ids';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import type { ExportAttachment } from './export-record';
import { inventoryRows } from './inventory-rows';

const pdf = (name: string, over: Partial<ExportAttachment> = {}): ExportAttachment =>
  ({
    kind: 'assessed',
    name,
    level: 'openbaar',
    grounds: [],
    ...over,
  }) as ExportAttachment;

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

  it('names a mail by its subject, never by the stored file name with the sender in it', () => {
    const record = anExportRecord({
      fileName: '2024-03-06 0712 - Pieter Jansen - Besluit Omgevingsvisie 2040 - 8ab6c86b.eml',
      metadata: { subject: 'Besluit Omgevingsvisie 2040' },
    });
    const [row] = [...inventoryRows([record])];
    expect(row?.document).toBe('Besluit Omgevingsvisie 2040');
    expect(JSON.stringify([...inventoryRows([record])])).not.toContain('Pieter Jansen');
    const bare = withoutColumns(anExportRecord(), 'subject');
    expect([...inventoryRows([bare])][0]?.document).toBe('(zonder onderwerp)');
  });

  it('writes an accepted record’s assessment as the template spells it', () => {
    const [row] = [...inventoryRows([anExportRecord()])];
    expect(row).toMatchObject({
      fileType: 'email',
      beoordeling: 'Deels openbaar',
      beoordelingsgrond: '5.1.2e; 5.2',
      toelichting: 'Persoonsgegevens van de indiener.',
      matter: 'BZK-2024-0113',
      zaaknummer: '',
      basis: 'review',
    });
    expect(row?.family).toBe(row?.id);
  });

  it('never writes the machine’s pre-assessment of an unreviewed record as the decision', () => {
    const record = anExportRecord({ metadata: { reviewStatus: 'te-beoordelen' } });
    const [row] = [...inventoryRows([record])];
    expect(row).toMatchObject({
      beoordeling: 'Niet openbaar',
      beoordelingsgrond: '',
      toelichting:
        'Nog niet beoordeeld; niet openbaar tot de beoordeling. Voorstel van Bronvast: Deels openbaar (5.1.2e; 5.2).',
      basis: 'none',
    });
    const bare = withoutColumns(anExportRecord(), 'assessment');
    expect([...inventoryRows([bare])][0]).toMatchObject({
      beoordeling: 'Niet openbaar',
      toelichting: 'Nog niet beoordeeld; niet openbaar tot de beoordeling.',
    });
  });

  it('assesses each attachment on its own, never copying the mail’s assessment', () => {
    const mail = anExportRecord({
      attachments: [
        pdf('Advies.pdf'),
        pdf('Aanvraag.docx', { level: 'deels-openbaar', grounds: ['5.1.1e'] }),
        { kind: 'unassessed', name: 'Geheim.pdf', reason: 'encrypted' },
        pdf('archief.zip'),
      ],
    });
    const rows = [...inventoryRows([mail])];
    expect(
      rows.map((row) => [row.document, row.fileType, row.beoordeling, row.beoordelingsgrond]),
    ).toEqual([
      [mail.metadata.subject, 'email', 'Deels openbaar', '5.1.2e; 5.2'],
      ['Advies.pdf', 'pdf', 'Openbaar', ''],
      ['Aanvraag.docx', 'doc', 'Deels openbaar', '5.1.1e'],
      ['Geheim.pdf', 'pdf', 'Niet openbaar', ''],
      ['archief.zip', '', 'Openbaar', ''],
    ]);
    expect(rows[1]?.toelichting).toBe(
      'Beoordeling van de bijlage door Bronvast, op haar eigen tekst.',
    );
    expect(rows[3]?.toelichting).toBe(
      'Nog niet beoordeeld: de tekst van de bijlage is niet te lezen (versleuteld met een wachtwoord).',
    );
    const mailId = rows[0]?.id;
    expect(rows.map((row) => row.family)).toEqual([mailId, mailId, mailId, mailId, mailId]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(5);
  });

  it('gives an attachment of an unreviewed mail no decision either', () => {
    const mail = anExportRecord({
      metadata: { reviewStatus: 'te-beoordelen' },
      attachments: [pdf('Advies.pdf')],
    });
    expect([...inventoryRows([mail])][1]).toMatchObject({
      beoordeling: 'Niet openbaar',
      basis: 'none',
    });
  });

  it('keeps IDs the same between exports, whatever else is exported with them', () => {
    const a = anExportRecord({ attachments: [pdf('Nota.docx')] });
    const b = anExportRecord();
    const alone = [...inventoryRows([a])].map((row) => row.id);
    const together = [...inventoryRows([b, a])].filter((row) => row.recordId === a.recordId);
    expect(together.map((row) => row.id)).toEqual(alone);
    expect(alone.every((id) => id >= 100_000_000_000 && id < 1_000_000_000_000)).toBe(true);
  });

  it('gives an original and its replies one thread id, however each was filed', () => {
    const root = anExportRecord({
      metadata: {
        sourceId: asSourceId('<nota-1@minlnv.nl>'),
        conversationId: asConversationId('AAQkADAwATM0MDAAMS1iNmQ2LTc2'),
        sent: new Date('2024-03-01'),
      },
    });
    const reply = anExportRecord({
      metadata: {
        sourceId: asSourceId('<reply-1@minbzk.nl>'),
        conversationId: asConversationId('nota-1@minlnv.nl'),
        sent: new Date('2024-03-02'),
      },
    });
    const other = anExportRecord({ metadata: { sent: new Date('2024-03-03') } });
    const rows = [...inventoryRows([root, reply, other])];
    expect(rows[0]?.emailThreadId).not.toBeNull();
    expect(rows[1]?.emailThreadId).toBe(rows[0]?.emailThreadId);
    expect(rows[2]?.emailThreadId).not.toBe(rows[0]?.emailThreadId);
  });

  it('takes the Matter and the Woo request’s case number from the options', () => {
    const chat = anExportRecord({ metadata: { sourceKind: 'chat' } });
    const [row] = [...inventoryRows([chat], { matter: 'WOO-2025-17', zaaknummer: '2025-0042' })];
    expect(row).toMatchObject({ fileType: 'chat', matter: 'WOO-2025-17', zaaknummer: '2025-0042' });
    expect(row?.emailThreadId).toBeNull();
  });

  it('makes a dossier kenmerk a Matter the platform accepts', () => {
    const record = anExportRecord({ metadata: { dossier: 'BZK/2025 0113' as never } });
    expect([...inventoryRows([record])][0]?.matter).toBe('BZK-2025-0113');
  });

  it('writes dubbel, and cites a ground only where it applies', () => {
    const duplicate = anExportRecord({
      metadata: { assessment: 'niet-openbaar', grounds: ['dubbel', '5.1.2e'] },
    });
    expect([...inventoryRows([duplicate])][0]?.beoordelingsgrond).toBe('5.1.2e; dubbel');
    const support = anExportRecord({
      metadata: { assessment: 'niet-openbaar', grounds: ['5.4a'] },
    });
    const ministry = {
      tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
      name: 'BZK',
    };
    const council = {
      tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
      name: 'Amsterdam',
    };
    expect([...inventoryRows([support], { organisation: ministry })][0]?.beoordelingsgrond).toBe(
      '',
    );
    expect([...inventoryRows([support], { organisation: council })][0]?.beoordelingsgrond).toBe(
      '5.4a',
    );
    const open = anExportRecord({ metadata: { assessment: 'openbaar', grounds: ['5.1.4'] } });
    expect([...inventoryRows([open])][0]?.beoordelingsgrond).toBe('');
  });

  it('still writes a record without date or dossier, with blanks', () => {
    const { createdAt, ...record } = anExportRecord({ metadata: { subject: 'Zonder kolommen' } });
    expect(createdAt).toBeDefined();
    const bare = withoutColumns(record, 'sent', 'filedAt', 'dossier', 'grounds');
    const [row] = [...inventoryRows([bare])];
    expect(row).toMatchObject({ datum: '', matter: '', beoordelingsgrond: '' });
  });
});
