import { graphCallErrorFromResponse } from './error-envelope';
import type { GraphClient } from './graph-client';
import { GraphCallError } from './GraphCallError';
import { encodeDrivePath, sendJson } from './request';
import type { GraphDriveItem } from './wire-types';

/** The property that carries a file's pre-authenticated download URL. */
export const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

/** Which file: by drive item id, or by path from the drive's root. */
export type DriveAddress = { readonly id: string } | { readonly path: string };

/** A downloaded file: its item (id, name, file facet) and the open response. */
export interface Download {
  readonly item: GraphDriveItem;
  readonly response: Response;
}

/**
 * Downloads a file as Graph wants a JavaScript app to: read the item with
 * `$select=...,@microsoft.graph.downloadUrl`, then fetch that short-lived URL WITHOUT an
 * Authorization header. `GET .../content` answers a 302 to the same URL, which a browser
 * cannot follow once it had to send Authorization (CORS forbids a redirect after a preflight:
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get-content). Two requests. Throws
 * GraphCallError (`not-found` when the item or its file is gone).
 */
export async function downloadDriveItem(
  client: GraphClient,
  driveId: string,
  address: DriveAddress,
  label: string,
  also: readonly string[] = [],
): Promise<Download> {
  const item = await sendJson<GraphDriveItem>(client, {
    method: 'GET',
    url:
      'id' in address
        ? `/drives/${driveId}/items/${address.id}`
        : `/drives/${driveId}/root:/${encodeDrivePath(address.path)}`,
    query: { $select: [`id,name,size,file,${DOWNLOAD_URL}`, ...also].join(',') },
    label,
  });
  return { item, response: await fetchDownloadUrl(client, item, label) };
}

/**
 * Fetches the download URL an item carries, without Authorization; a 2xx response, or
 * GraphCallError. An item without the URL (a folder, or one read without selecting it) is
 * `not-found`.
 */
export async function fetchDownloadUrl(
  client: GraphClient,
  item: GraphDriveItem,
  label: string,
): Promise<Response> {
  const url = item[DOWNLOAD_URL];
  if (url === undefined || url === '')
    throw new GraphCallError({ kind: 'not-found', status: 404, operation: label });
  const response = await client.send({ method: 'GET', url, authenticated: false, label });
  if (!response.ok) throw await graphCallErrorFromResponse(response, label);
  return response;
}
