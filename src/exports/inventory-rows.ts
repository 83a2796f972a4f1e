import { dutchDate } from './dutch-date';
import type { ExportRecord } from './export-record';
import { attachmentFileType, type InventoryFileType } from './file-type';
import {
  attachmentDecision,
  isDecided,
  recordDecision,
  type RowDecision,
} from './inventory-decision';
import { matterOfDossier, type InventoryOptions } from './inventory-options';
import { recordKey } from './record-number';
import { StableIds } from './stable-ids';
import { threadNumbers } from './thread-numbers';
import { xmlChars } from './xml-text';

/** One row of the inventory list, by column. Numbers where the template has numbers. */
export interface InventoryRow {
  readonly id: number;
  readonly matter: string;
  readonly family: number;
  readonly emailThreadId: number | null;
  readonly document: string;
  /** Empty when the type is not on the platform's list (shown there as "Onbekend"). */
  readonly fileType: InventoryFileType | '';
  /** `YYYY-MM-DD`, the Dutch calendar date; '' when the record has no date at all. */
  readonly datum: string;
  readonly beoordeling: RowDecision['beoordeling'];
  readonly opgeschort: string;
  readonly beoordelingsgrond: string;
  readonly toelichting: string;
  readonly publiekeLink: string;
  readonly gerelateerdId: string;
  readonly zaaknummer: string;
  /** The record the row comes from (a mail's attachments share the mail's). */
  readonly recordId: string;
  /** What the Beoordeling rests on (see {@link RowDecision}). */
  readonly basis: RowDecision['basis'];
}

/** The date a record is listed under: sent (as the template asks), else received, else filed. */
export function recordDate(record: ExportRecord): Date | undefined {
  const { sent, received, filedAt } = record.metadata;
  return sent ?? received ?? filedAt ?? record.createdAt;
}

/** Records in the inventory's order: oldest first, ties by record id. */
export function chronological(records: readonly ExportRecord[]): ExportRecord[] {
  const time = (record: ExportRecord) => recordDate(record)?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return [...records].sort(
    (a, b) => time(a) - time(b) || a.recordId.localeCompare(b.recordId, 'en'),
  );
}

/**
 * The name the publication website shows for a record (the template's "Document"): a mail's or
 * chat message's subject, never the stored file name, which carries the sender's name.
 */
export function documentName(record: ExportRecord): string {
  const subject = xmlChars(record.metadata.subject ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (subject !== '') return subject;
  return record.metadata.sourceKind === 'chat'
    ? '(chatbericht zonder onderwerp)'
    : '(zonder onderwerp)';
}

/**
 * The inventory's rows for records in chronological order: each record, then a row per
 * attachment of a mail, with `Family` pointing at the mail's ID and an assessment of its own.
 * IDs derive from the dedup key (else the record id), so they stay the same between exports.
 */
export function* inventoryRows(
  records: readonly ExportRecord[],
  options: InventoryOptions = {},
): Generator<InventoryRow> {
  const ids = new StableIds();
  const threads = threadNumbers(records);
  for (const record of chronological(records)) {
    const key = recordKey(record);
    const row = recordRow(record, ids.idFor(key), threads.get(record.recordId) ?? null, options);
    yield row;
    const mailDecided = isDecided(record);
    for (const [index, attachment] of (record.attachments ?? []).entries()) {
      const decision = attachmentDecision(attachment, mailDecided, options);
      yield {
        ...row,
        ...withoutDropped(decision),
        id: ids.idFor(`${key}#attachment-${index + 1}`),
        document: attachment.name.trim() === '' ? `bijlage ${index + 1}` : attachment.name.trim(),
        fileType: attachmentFileType(attachment.name),
      };
    }
  }
}

function withoutDropped({ dropped: _dropped, ...decision }: RowDecision) {
  return decision;
}

function recordRow(
  record: ExportRecord,
  id: number,
  thread: number | null,
  options: InventoryOptions,
): InventoryRow {
  const { metadata } = record;
  const date = recordDate(record);
  const dossier = metadata.dossier ?? '';
  return {
    id,
    matter: options.matter ?? matterOfDossier(dossier),
    family: id,
    emailThreadId: thread,
    document: documentName(record),
    fileType: metadata.sourceKind === 'chat' ? 'chat' : 'email',
    datum: date === undefined ? '' : dutchDate(date),
    ...withoutDropped(recordDecision(record, options)),
    opgeschort: '',
    publiekeLink: '',
    gerelateerdId: '',
    zaaknummer: options.zaaknummer ?? '',
    recordId: record.recordId,
  };
}
