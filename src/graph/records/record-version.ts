import type { RecordMetadata } from '../../core/records';
import { graphCallErrorFromResponse } from '../error-envelope';
import type { GraphClient } from '../graph-client';
import { encodeDrivePath } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';
import type { ContentSource } from './content-source';
import type { FiledRecord } from './filed-record';
import { finishFiling, type FinishedFiling } from './finish-filing';
import { sendUploadWithRetry } from './upload-retry';

/** A new version of a record: new content onto the same item, never a second record. */
export interface RecordVersionInput {
  readonly site: SiteIds;
  readonly existing: FiledRecord;
  /** The record's path in the library, used when the item id is not known. */
  readonly path: string;
  readonly content: ContentSource;
  readonly metadata: RecordMetadata;
  /** A file kept beside the record (a chat's JSON source), replaced with it. */
  readonly companion?: { readonly path: string; readonly content: ContentSource };
  readonly retentionLabel?: string;
}

/** How adding a version ended: done, or refused by SharePoint (a record this user may not change). */
export type RecordVersionResult =
  ({ readonly kind: 'versioned' } & FinishedFiling) | { readonly kind: 'forbidden' };

/**
 * Uploads new content onto an existing record (SharePoint keeps the old one in the item's
 * version history), replaces its companion file, and writes the columns again in one `$batch`
 * (SHA-256, toelichting, assessment). Costs 3 requests with a companion. 403 or 423 (locked) is
 * a `forbidden` outcome; other failures throw GraphCallError.
 */
export async function addRecordVersion(
  client: GraphClient,
  input: RecordVersionInput,
): Promise<RecordVersionResult> {
  const driveId = input.site.recordsDriveId;
  const url =
    input.existing.driveItemId === undefined
      ? `/drives/${driveId}/root:/${encodeDrivePath(input.path)}:/content`
      : `/drives/${driveId}/items/${input.existing.driveItemId}/content`;
  const response = await put(client, url, input.content);
  if (response.status === 403 || response.status === 423) {
    await response.body?.cancel();
    return { kind: 'forbidden' };
  }
  if (!response.ok) throw await graphCallErrorFromResponse(response, 'records.version');
  // The wire answer of a content upload is the drive item.
  const item = (await response.json()) as GraphDriveItem;
  if (input.companion !== undefined) {
    const companionUrl = `/drives/${driveId}/root:/${encodeDrivePath(input.companion.path)}:/content`;
    const companion = await put(client, companionUrl, input.companion.content);
    if (!companion.ok) throw await graphCallErrorFromResponse(companion, 'records.version');
    await companion.body?.cancel();
  }
  const finished = await finishFiling(
    client,
    input.site,
    item,
    input.metadata,
    input.retentionLabel,
  );
  return { kind: 'versioned', ...finished };
}

async function put(client: GraphClient, url: string, content: ContentSource): Promise<Response> {
  return sendUploadWithRetry(client, {
    method: 'PUT',
    url,
    query: { '@microsoft.graph.conflictBehavior': 'replace' },
    headers: { 'Content-Type': 'application/octet-stream' },
    bytes: await content.read(0, content.size),
    label: 'records.version',
  });
}
