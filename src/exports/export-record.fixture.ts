import { asConversationId, asDossierId, asSourceId } from '../core/ids';
import type { ExportMetadata, ExportRecord } from './export-record';

let counter = 0;

/** A filed mail as an export reads it; every column filled unless overridden. */
export function anExportRecord(
  overrides: Partial<Omit<ExportRecord, 'metadata'>> & { metadata?: ExportMetadata } = {},
): ExportRecord {
  counter += 1;
  const metadata: ExportMetadata = {
    sourceKind: 'mail',
    sourceId: asSourceId(`<advies-${counter}@example.nl>`),
    dedupKey: `mail:advies-${counter}@example.nl`,
    dossier: asDossierId('BZK-2024-0113'),
    wooCategory: 'c_99a836c7',
    assessment: 'deels-openbaar',
    grounds: ['5.1.2e', '5.2'],
    relevance: 0.9,
    toelichting: 'Persoonsgegevens van de indiener.',
    filedBy: 'beleid@bronvast.example',
    filedAt: new Date('2024-03-06T09:00:00Z'),
    sha256: 'ab'.repeat(32),
    reviewStatus: 'geaccepteerd',
    from: 'Jan Jansen <jan.jansen@example.nl>',
    to: ['beleid@bronvast.example'],
    cc: [],
    sent: new Date('2024-03-05T14:32:10Z'),
    subject: `Advies over de subsidieregeling ${counter}`,
    conversationId: asConversationId(`conv-${counter}`),
    hasAttachments: false,
  };
  return {
    recordId: String(counter),
    fileName: `2024-03-05 Advies ${counter}.eml`,
    webUrl: `https://bronvast.sharepoint.com/sites/informatiebeheer/Records/${counter}.eml`,
    createdAt: new Date('2024-03-06T09:00:01Z'),
    size: 4096,
    ...overrides,
    metadata: { ...metadata, ...overrides.metadata },
  };
}

/** The record with some columns left out, as the record system gives a half-filed item. */
export function withoutColumns(
  record: ExportRecord,
  ...columns: readonly (keyof ExportMetadata)[]
): ExportRecord {
  const metadata = Object.fromEntries(
    Object.entries(record.metadata).filter(([name]) => !columns.some((column) => column === name)),
  );
  return { ...record, metadata };
}
