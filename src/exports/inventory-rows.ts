import { disclosureLevel } from '../core/woo/levels';
import { dutchDate } from './dutch-date';
import type { ExportRecord } from './export-record';
import { attachmentFileType, type InventoryFileType } from './file-type';
import { GROUND_SEPARATOR } from './inventory-columns';
import { recordKey } from './record-number';
import { StableIds, stableNumber } from './stable-ids';

/** One row of the inventory list, by column. Numbers where the template has numbers. */
export interface InventoryRow {
  readonly id: number;
  readonly matter: string;
  readonly family: number;
  readonly emailThreadId: number | null;
  readonly document: string;
  readonly fileType: InventoryFileType;
  /** `YYYY-MM-DD`, the Dutch calendar date; '' when the record has no date at all. */
  readonly datum: string;
  readonly beoordeling: string;
  readonly opgeschort: string;
  readonly beoordelingsgrond: string;
  readonly toelichting: string;
  readonly publiekeLink: string;
  readonly gerelateerdId: string;
  readonly zaaknummer: string;
  /** The record the row comes from (a mail's attachments share the mail's). */
  readonly recordId: string;
}

/** Options of an inventory list. */
export interface InventoryOptions {
  /** The Matter column (the Woo request's kenmerk); default each row's dossier kenmerk. */
  readonly matter?: string;
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
 * The inventory's rows for records in chronological order: each record, then a row per
 * attachment of a mail with `Family` pointing at the mail's ID. IDs derive from the dedup key
 * (else the record id), so they stay the same between exports.
 */
export function* inventoryRows(
  records: readonly ExportRecord[],
  options: InventoryOptions = {},
): Generator<InventoryRow> {
  const ids = new StableIds();
  for (const record of chronological(records)) {
    const key = recordKey(record);
    const row = recordRow(record, ids.idFor(key), options);
    yield row;
    for (const [index, name] of (record.attachments ?? []).entries()) {
      const id = ids.idFor(`${key}#attachment-${index + 1}`);
      yield { ...row, id, document: name, fileType: attachmentFileType(name) };
    }
  }
}

function recordRow(record: ExportRecord, id: number, options: InventoryOptions): InventoryRow {
  const { metadata } = record;
  const date = recordDate(record);
  const dossier = metadata.dossier ?? '';
  const conversation = metadata.conversationId;
  return {
    id,
    matter: options.matter ?? dossier,
    family: id,
    emailThreadId: conversation === undefined ? null : threadNumber(conversation),
    document: record.fileName,
    fileType: metadata.sourceKind === 'chat' ? 'chat' : 'email',
    datum: date === undefined ? '' : dutchDate(date),
    beoordeling:
      metadata.assessment === undefined ? '' : disclosureLevel(metadata.assessment).inventory,
    opgeschort: '',
    beoordelingsgrond: (metadata.grounds ?? []).join(GROUND_SEPARATOR),
    toelichting: metadata.toelichting ?? '',
    publiekeLink: '',
    gerelateerdId: '',
    zaaknummer: dossier,
    recordId: record.recordId,
  };
}

/** The numeric Email Thread ID of a conversation: the same conversation, the same number. */
export function threadNumber(conversationId: string): number {
  return stableNumber(`thread:${conversationId}`);
}
