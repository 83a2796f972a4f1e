import { graphCallErrorFromResponse } from '../error-envelope';
import type { GraphClient } from '../graph-client';
import { encodeDrivePath } from '../request';
import type { GraphDriveItem } from '../wire-types';
import type { ContentSource } from './content-source';
import type { UploadOutcome } from './upload-outcome';
import { sendUploadWithRetry } from './upload-retry';

/**
 * Uploads small content in one `PUT .../content` with conflictBehavior fail (the folder is
 * created when missing). A retry after a lost response sees 409: the caller checks the file.
 */
export async function uploadSmall(
  client: GraphClient,
  driveId: string,
  path: string,
  content: ContentSource,
): Promise<UploadOutcome> {
  const bytes = await content.read(0, content.size);
  const label = 'records.upload-small';
  const response = await sendUploadWithRetry(client, {
    method: 'PUT',
    url: `/drives/${driveId}/root:/${encodeDrivePath(path)}:/content`,
    query: { '@microsoft.graph.conflictBehavior': 'fail' },
    headers: { 'Content-Type': 'application/octet-stream' },
    bytes,
    label,
  });
  if (response.status === 409) {
    await response.body?.cancel();
    return { kind: 'path-taken' };
  }
  if (!response.ok) throw await graphCallErrorFromResponse(response, label);
  return { kind: 'uploaded', item: (await response.json()) as GraphDriveItem };
}
