import type { GraphClient } from '../graph-client';
import { batchStepError, sendBatch } from '../batch';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';
import type { FiledRecord } from './filed-record';
import type { FilingWarning } from './finish-filing';

/**
 * Finishes a record an earlier filing left with warnings: applies the retention label that did
 * not work out then (one request, one more when the record's drive item id is not known).
 * Returns what still did not work out. A filing event an earlier version could not write is
 * not written now: the record's own versions are the filing evidence.
 */
export async function repairRecord(
  client: GraphClient,
  site: SiteIds,
  record: FiledRecord,
  missing: readonly FilingWarning[],
  retentionLabel: string | undefined,
): Promise<readonly FilingWarning[]> {
  // The search rendition is written again only by filing the content again: it stays listed.
  const kept: FilingWarning[] = missing.includes('search-text-not-written')
    ? ['search-text-not-written']
    : [];
  if (!missing.includes('retention-label-not-applied') || retentionLabel === undefined) return kept;
  const itemId = record.driveItemId ?? (await driveItemOf(client, site, record)).id;
  const responses = await sendBatch(
    client,
    [
      {
        id: 'label',
        method: 'PATCH',
        url: `/drives/${site.recordsDriveId}/items/${itemId}/retentionLabel`,
        body: { name: retentionLabel },
      },
    ],
    'records.repair',
  );
  return batchStepError(responses.get('label'), 'records.label') === undefined
    ? kept
    : [...kept, 'retention-label-not-applied'];
}

async function driveItemOf(
  client: GraphClient,
  site: SiteIds,
  record: FiledRecord,
): Promise<GraphDriveItem> {
  return sendJson<GraphDriveItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${record.id}/driveItem`,
    label: 'records.drive-item',
  });
}
