import type { RecordMetadata } from '../../core/records';
import { readRecordContent } from '../exports/record-files';
import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { recordMetadataFromFields } from '../records/record-fields';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';

/** A record of a request's selection: its columns and stored file. */
export interface WooRecord {
  readonly recordId: string;
  readonly driveItemId: string;
  /** The stored file's name (`.eml`, `.msg`, a chat's `.html`). */
  readonly fileName: string;
  readonly webUrl: string;
  readonly metadata: RecordMetadata | null;
}

/**
 * A selected record's columns and file (1 request); null when it is gone or not readable
 * by the signed-in user.
 */
export async function readWooRecord(
  client: GraphClient,
  site: SiteIds,
  recordId: string,
): Promise<WooRecord | null> {
  try {
    const file = await sendJson<GraphDriveItem>(client, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${encodeURIComponent(recordId)}/driveItem`,
      query: { $expand: 'listItem($expand=fields)' },
      label: 'woo.record',
    });
    const fields = file.listItem?.fields;
    return {
      recordId: file.listItem?.id ?? recordId,
      driveItemId: file.id,
      fileName: file.name ?? '',
      webUrl: file.webUrl ?? '',
      metadata: fields === undefined ? null : recordMetadataFromFields(fields),
    };
  } catch (error: unknown) {
    if (isGraphCallError(error) && (error.kind === 'not-found' || error.kind === 'forbidden'))
      return null;
    throw error;
  }
}

/** The bytes of a selected record's file (1 request). */
export function readWooRecordContent(
  client: GraphClient,
  site: SiteIds,
  record: WooRecord,
): Promise<Uint8Array> {
  return readRecordContent(client, site, record.driveItemId);
}
