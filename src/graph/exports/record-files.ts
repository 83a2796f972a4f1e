import { batchStepError, MAX_BATCH_STEPS, sendBatch } from '../batch';
import type { GraphClient } from '../graph-client';
import { downloadDriveItem } from '../drive-download';
import type { SiteIds } from '../site-ids';

/** What the drive knows of a record's stored file. */
export interface RecordFile {
  readonly driveItemId: string;
  readonly size: number;
}

/**
 * The stored file of each record (drive item id and size), 20 records per `$batch` request.
 * A record whose file cannot be read is left out of the map.
 */
export async function readRecordFiles(
  client: GraphClient,
  site: SiteIds,
  recordIds: readonly string[],
): Promise<Map<string, RecordFile>> {
  const files = new Map<string, RecordFile>();
  for (let start = 0; start < recordIds.length; start += MAX_BATCH_STEPS) {
    const ids = recordIds.slice(start, start + MAX_BATCH_STEPS);
    const steps = ids.map((id) => ({
      id,
      method: 'GET' as const,
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/driveItem?$select=id,size`,
    }));
    const responses = await sendBatch(client, steps, 'exports.files');
    for (const id of ids) {
      const response = responses.get(id);
      if (batchStepError(response, 'exports.files') !== undefined) continue;
      const file = readFile(response?.body);
      if (file !== null) files.set(id, file);
    }
  }
  return files;
}

function readFile(body: unknown): RecordFile | null {
  if (typeof body !== 'object' || body === null) return null;
  const id = 'id' in body ? body.id : undefined;
  const size = 'size' in body ? body.size : undefined;
  return typeof id === 'string' && typeof size === 'number' ? { driveItemId: id, size } : null;
}

/**
 * The bytes of a record's stored file (the .eml of a mail): two requests, the item with its
 * download URL and the download itself (without Authorization).
 */
export async function readRecordContent(
  client: GraphClient,
  site: SiteIds,
  driveItemId: string,
): Promise<Uint8Array> {
  const { response } = await downloadDriveItem(
    client,
    site.recordsDriveId,
    { id: driveItemId },
    'exports.content',
  );
  return new Uint8Array(await response.arrayBuffer());
}
