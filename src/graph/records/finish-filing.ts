import type { RecordMetadata } from '../../core/records/record-metadata';
import { batchStepError, sendBatch, type BatchStep } from '../batch';
import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem, GraphListItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';
import { recordFieldsFromMetadata } from './record-fields';

/**
 * A step after the columns that did not succeed; the record itself is filed.
 * `audit-event-not-written` comes only from jobs of earlier versions, which wrote a filing event
 * to the audit list: a filing writes none now (see {@link finishFiling}), so there is nothing to
 * repair for it.
 */
export type FilingWarning = 'retention-label-not-applied' | 'audit-event-not-written';

/** The finished record and what did not work out after its columns were written. */
export interface FinishedFiling {
  readonly record: FiledRecord;
  readonly warnings: readonly FilingWarning[];
}

/**
 * The last steps of a filing in one `$batch`: the columns, then (depending on them) the
 * record's list item read back and the optional retention label. The columns failing fails the
 * filing (it can be retried safely); the label failing is a warning. No audit event: officers
 * may not write the audit list (docs/trust.md). The record's own first versions, whose author
 * and time the record system sets, say who filed what and when.
 */
export async function finishFiling(
  client: GraphClient,
  site: SiteIds,
  item: GraphDriveItem,
  metadata: RecordMetadata,
  retentionLabel: string | undefined,
): Promise<FinishedFiling> {
  const itemUrl = `/drives/${site.recordsDriveId}/items/${item.id}`;
  const steps: BatchStep[] = [
    {
      id: 'fields',
      method: 'PATCH',
      url: `${itemUrl}/listItem/fields`,
      body: recordFieldsFromMetadata(metadata),
    },
    {
      id: 'item',
      method: 'GET',
      url: `${itemUrl}?$expand=listItem($expand=fields)`,
      dependsOn: ['fields'],
    },
  ];
  if (retentionLabel !== undefined) {
    steps.push({
      id: 'label',
      method: 'PATCH',
      url: `${itemUrl}/retentionLabel`,
      body: { name: retentionLabel },
      dependsOn: ['fields'],
    });
  }
  const responses = await sendBatch(client, steps, 'records.finish');
  const fieldsError = batchStepError(responses.get('fields'), 'records.fields');
  if (fieldsError !== undefined) throw fieldsError;
  const warnings: FilingWarning[] = [];
  if (
    retentionLabel !== undefined &&
    batchStepError(responses.get('label'), 'records.label') !== undefined
  ) {
    warnings.push('retention-label-not-applied');
  }
  return { record: recordFrom(responses.get('item')?.body, item, metadata), warnings };
}

/** The record as read back; when that read failed, built from what we wrote. */
function recordFrom(body: unknown, item: GraphDriveItem, metadata: RecordMetadata): FiledRecord {
  const readBack = body as GraphDriveItem | undefined;
  const listItem: GraphListItem | undefined = readBack?.listItem;
  if (listItem !== undefined) return filedRecordFromListItem(listItem, item.id);
  return filedRecordFromListItem(
    {
      id: item.listItem?.id ?? item.id,
      webUrl: item.webUrl ?? '',
      fields: recordFieldsFromMetadata(metadata),
    },
    item.id,
  );
}
