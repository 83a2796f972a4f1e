import type { ExportRecord } from './export-record';

/** What an export format needs from a record that a record may lack. */
export type GapField =
  | 'dossier'
  | 'assessment'
  | 'sent'
  | 'conversation'
  | 'subject'
  | 'woo-category'
  | 'sha256'
  | 'size'
  | 'source-id'
  | 'attachments';

/** The three exports. */
export type ExportFormat = 'inventaris' | 'diwoo' | 'mdto';

/** A record written with less than the format needs: its row or file is there, with blanks. */
export interface RecordGap {
  readonly recordId: string;
  readonly fileName: string;
  readonly missing: readonly GapField[];
}

type Check = readonly [GapField, (record: ExportRecord) => boolean];

const isMail = (record: ExportRecord) => record.metadata.sourceKind !== 'chat';
const CHECKS: Readonly<Record<GapField, (record: ExportRecord) => boolean>> = {
  dossier: (r) => (r.metadata.dossier ?? '') === '',
  assessment: (r) => r.metadata.assessment === undefined,
  sent: (r) => r.metadata.sent === undefined && r.metadata.received === undefined,
  conversation: (r) => isMail(r) && r.metadata.conversationId === undefined,
  subject: (r) => (r.metadata.subject ?? '') === '',
  'woo-category': (r) => (r.metadata.wooCategory ?? null) === null,
  sha256: (r) => !/^[0-9a-f]{64}$/.test(r.metadata.sha256 ?? ''),
  size: (r) => r.size === undefined,
  'source-id': (r) => (r.metadata.sourceId ?? '') === '',
  attachments: (r) =>
    isMail(r) && r.metadata.hasAttachments === true && r.attachments === undefined,
};

const NEEDS: Readonly<Record<ExportFormat, readonly GapField[]>> = {
  inventaris: ['dossier', 'assessment', 'sent', 'conversation', 'attachments'],
  diwoo: ['subject', 'woo-category', 'sent'],
  mdto: ['source-id', 'subject', 'sha256', 'size', 'sent'],
};

/** What a record lacks for a format; null when it has everything. */
export function recordGap(record: ExportRecord, format: ExportFormat): RecordGap | null {
  const checks: readonly Check[] = NEEDS[format].map((field) => [field, CHECKS[field]]);
  const missing = checks.filter(([, lacks]) => lacks(record)).map(([field]) => field);
  return missing.length === 0
    ? null
    : { recordId: record.recordId, fileName: record.fileName, missing };
}
