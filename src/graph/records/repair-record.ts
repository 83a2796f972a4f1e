import { batchStepError, sendBatch, type BatchStep } from '../batch';
import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';
import type { FiledRecord } from './filed-record';
import { auditEvent, type FilingWarning } from './finish-filing';

/**
 * Finishes a record an earlier filing left with warnings: applies the retention label and
 * writes the audit event that did not work out then, in one `$batch` (one request more when
 * the record's drive item id is not known). Returns what still did not work out.
 */
export async function repairRecord(
  client: GraphClient,
  site: SiteIds,
  record: FiledRecord,
  missing: readonly FilingWarning[],
  retentionLabel: string | undefined,
): Promise<readonly FilingWarning[]> {
  const label = missing.includes('retention-label-not-applied') && retentionLabel !== undefined;
  const audit = missing.includes('audit-event-not-written') && record.metadata !== null;
  // The search rendition is written again only by filing the content again: it stays listed.
  const kept: FilingWarning[] = missing.includes('search-text-not-written')
    ? ['search-text-not-written']
    : [];
  if (!label && !audit) return kept;
  const itemId = record.driveItemId ?? (await driveItemOf(client, site, record)).id;
  const steps: BatchStep[] = [];
  if (label) {
    steps.push({
      id: 'label',
      method: 'PATCH',
      url: `/drives/${site.recordsDriveId}/items/${itemId}/retentionLabel`,
      body: { name: retentionLabel },
    });
  }
  if (audit && record.metadata !== null) {
    steps.push({
      id: 'audit',
      method: 'POST',
      url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
      body: auditEvent(record.metadata, { id: itemId }),
    });
  }
  const responses = await sendBatch(client, steps, 'records.repair');
  const left: FilingWarning[] = [...kept];
  if (label && batchStepError(responses.get('label'), 'records.label') !== undefined)
    left.push('retention-label-not-applied');
  if (audit && batchStepError(responses.get('audit'), 'records.audit') !== undefined)
    left.push('audit-event-not-written');
  return left;
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
