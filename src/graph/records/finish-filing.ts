import type { RecordMetadata } from '../../core/records';
import { renditionPath } from './rendition-name';
import { batchStepError, sendBatch, type BatchStep } from '../batch';
import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import { encodeDrivePath } from '../request';
import type { GraphBatchResponse, GraphDriveItem, GraphListItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';
import { recordFieldsFromMetadata } from './record-fields';

/**
 * A step after the columns that did not succeed; the record itself is filed.
 * `audit-event-not-written` comes only from jobs of earlier versions, which wrote a filing event
 * to the audit list: a filing writes none now (see {@link finishFiling}), so there is nothing to
 * repair for it.
 */
export type FilingWarning =
  | 'retention-label-not-applied'
  | 'audit-event-not-written'
  /** The record's text rendition for Microsoft Search was not written: search will not find it. */
  | 'search-text-not-written';

/** The record's plain-text rendition, written beside it for Microsoft Search. */
export interface RecordRenditionFile {
  /** The record's path in the library; the rendition is this path with `.txt` added. */
  readonly recordPath: string;
  readonly text: string;
  /** The record's date, for the rendition's `MailSent` column (the search's date filter). */
  readonly date?: Date;
}

/** The finished record and what did not work out after its columns were written. */
export interface FinishedFiling {
  readonly record: FiledRecord;
  readonly warnings: readonly FilingWarning[];
}

/**
 * The last steps of a filing in one `$batch`: the columns, then (depending on them) the
 * record's list item read back and the optional retention label, and the record's text
 * rendition. The columns failing fails the filing (it can be retried safely); label and
 * rendition failing are warnings. No audit event: officers may not write the audit list
 * (docs/trust.md). The record's own first versions, whose author and time the record system
 * sets, say who filed what and when.
 */
export async function finishFiling(
  client: GraphClient,
  site: SiteIds,
  item: GraphDriveItem,
  metadata: RecordMetadata,
  retentionLabel: string | undefined,
  rendition?: RecordRenditionFile,
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
  if (rendition !== undefined) steps.push(...renditionSteps(site.recordsDriveId, rendition));
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
  if (rendition !== undefined && renditionFailed(responses))
    warnings.push('search-text-not-written');
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

/**
 * The `$batch` steps that write a record's text rendition beside it: the file (a non-JSON body
 * goes base64-encoded with its Content-Type, https://learn.microsoft.com/en-us/graph/json-batching)
 * and, once it is there, its `MailSent` column. No request more than the filing itself.
 */
export function renditionSteps(driveId: string, rendition: RecordRenditionFile): BatchStep[] {
  const path = `/drives/${driveId}/root:/${encodeDrivePath(renditionPath(rendition.recordPath))}:`;
  const steps: BatchStep[] = [
    {
      id: 'rendition',
      method: 'PUT',
      url: `${path}/content`,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: base64(rendition.text),
    },
  ];
  if (rendition.date !== undefined) {
    steps.push({
      id: 'rendition-date',
      method: 'PATCH',
      url: `${path}/listItem/fields`,
      body: { MailSent: rendition.date.toISOString() },
      dependsOn: ['rendition'],
    });
  }
  return steps;
}

function renditionFailed(responses: Map<string, GraphBatchResponse>): boolean {
  return ['rendition', 'rendition-date'].some(
    (id) =>
      responses.has(id) && batchStepError(responses.get(id), 'records.rendition') !== undefined,
  );
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
