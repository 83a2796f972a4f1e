import type { CitedGround } from '../core/woo';
import type { AttachmentGapReason, ExportRecord } from './export-record';
import { recordDecision } from './inventory-decision';
import type { InventoryOptions } from './inventory-options';

/** What an export format needs from a record that a record may lack. */
export type GapField =
  | 'dossier'
  | 'assessment'
  | 'unassessed'
  | 'sent'
  | 'conversation'
  | 'subject'
  | 'woo-category'
  | 'sha256'
  | 'size'
  | 'source-id'
  | 'attachments'
  | 'attachment-unassessed'
  | 'ground-not-applicable';

/** The three exports. */
export type ExportFormat = 'inventaris' | 'diwoo' | 'mdto';

/** A record written with less than the format needs: its row or file is there, with blanks. */
export interface RecordGap {
  readonly recordId: string;
  readonly fileName: string;
  readonly missing: readonly GapField[];
  /** The attachments listed unassessed, with why (`attachment-unassessed`). */
  readonly attachments?: readonly { readonly name: string; readonly reason: AttachmentGapReason }[];
  /** The grounds left out of the row because they do not apply (`ground-not-applicable`). */
  readonly grounds?: readonly CitedGround[];
}

const isMail = (record: ExportRecord) => record.metadata.sourceKind !== 'chat';
const CHECKS: Readonly<Record<GapField, (record: ExportRecord) => boolean>> = {
  dossier: (r) => (r.metadata.dossier ?? '') === '',
  assessment: (r) => r.metadata.assessment === undefined,
  unassessed: (r) =>
    r.metadata.reviewStatus !== 'geaccepteerd' || r.metadata.assessment === undefined,
  sent: (r) => r.metadata.sent === undefined && r.metadata.received === undefined,
  conversation: (r) => isMail(r) && r.metadata.conversationId === undefined,
  subject: (r) => (r.metadata.subject ?? '').trim() === '',
  'woo-category': (r) => (r.metadata.wooCategory ?? null) === null,
  sha256: (r) => !/^[0-9a-f]{64}$/.test(r.metadata.sha256 ?? ''),
  size: (r) => r.size === undefined,
  'source-id': (r) => (r.metadata.sourceId ?? '') === '',
  attachments: (r) =>
    isMail(r) && r.metadata.hasAttachments === true && r.attachments === undefined,
  'attachment-unassessed': (r) => (r.attachments ?? []).some((a) => a.kind === 'unassessed'),
  'ground-not-applicable': () => false,
};

const NEEDS: Readonly<Record<ExportFormat, readonly GapField[]>> = {
  inventaris: [
    'dossier',
    'unassessed',
    'sent',
    'conversation',
    'attachments',
    'attachment-unassessed',
  ],
  diwoo: ['subject', 'woo-category', 'sent'],
  mdto: ['source-id', 'subject', 'sha256', 'size', 'sent', 'unassessed'],
};

/** What a record lacks for a format; null when it has everything. */
export function recordGap(
  record: ExportRecord,
  format: ExportFormat,
  options: InventoryOptions = {},
): RecordGap | null {
  const missing = NEEDS[format].filter((field) => CHECKS[field](record));
  const dropped = format === 'inventaris' ? recordDecision(record, options).dropped : [];
  if (dropped.length > 0) missing.push('ground-not-applicable');
  if (missing.length === 0) return null;
  const unread = (record.attachments ?? []).flatMap((attachment) =>
    attachment.kind === 'unassessed' ? [{ name: attachment.name, reason: attachment.reason }] : [],
  );
  return {
    recordId: record.recordId,
    fileName: record.fileName,
    missing,
    ...(unread.length === 0 ? {} : { attachments: unread }),
    ...(dropped.length === 0 ? {} : { grounds: dropped }),
  };
}
