import type { RecordId } from '../../core';
import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { DOWNLOAD_URL, fetchDownloadUrl } from '../drive-download';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';

/** A record's file, or that it is gone. */
export type RecordContent =
  | {
      readonly kind: 'found';
      readonly name: string;
      readonly mimeType: string;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'file-missing' };

/**
 * Downloads the record's file (2 requests: the drive item with its download URL, then the
 * download itself, without Authorization, as a browser page must).
 */
export async function downloadRecordContent(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
): Promise<RecordContent> {
  try {
    const file = await sendJson<GraphDriveItem>(client, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/driveItem`,
      query: { $select: `id,name,file,${DOWNLOAD_URL}` },
      label: 'review.content',
    });
    const response = await fetchDownloadUrl(client, file, 'review.content');
    return {
      kind: 'found',
      name: file.name ?? 'record',
      mimeType: file.file?.mimeType ?? 'application/octet-stream',
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  } catch (error: unknown) {
    if (isGraphCallError(error) && error.kind === 'not-found') return { kind: 'file-missing' };
    throw error;
  }
}
