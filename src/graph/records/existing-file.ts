import { Sha256 } from '../../core/records';
import { isGraphCallError } from '../GraphCallError';
import type { GraphClient } from '../graph-client';
import { DOWNLOAD_URL, downloadDriveItem, fetchDownloadUrl } from '../drive-download';
import { encodeDrivePath, sendJson } from '../request';
import type { GraphDriveItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';

/** What is at a record's path when the upload found it taken. */
export type ExistingFile =
  | { readonly kind: 'recorded'; readonly record: FiledRecord }
  | { readonly kind: 'same-content'; readonly item: GraphDriveItem }
  | { readonly kind: 'different-content'; readonly existingSha256: string }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'missing' };

/**
 * Looks at the file an earlier filing left at the path. Already carrying our dedup key: it is
 * the record. Without columns: an earlier filing died half-way; it may be completed only when
 * its content has our SHA-256 (never a second file, never someone else's bytes as ours).
 */
export async function inspectExistingFile(
  client: GraphClient,
  driveId: string,
  path: string,
  expected: { readonly sha256: string; readonly dedupKey: string },
): Promise<ExistingFile> {
  const item = await getItemAtPath(client, driveId, path);
  if (item === 'forbidden') return { kind: 'unreadable' };
  if (item === null) return { kind: 'missing' };
  const fields = item.listItem?.fields;
  if (item.listItem !== undefined && fields?.['BronvastDedupKey'] === expected.dedupKey) {
    return { kind: 'recorded', record: filedRecordFromListItem(item.listItem, item.id) };
  }
  const existingSha256 = await fileSha256(client, driveId, item);
  return existingSha256 === expected.sha256
    ? { kind: 'same-content', item }
    : { kind: 'different-content', existingSha256 };
}

/** The item at the path; null when there is none, 'forbidden' when it is someone else's. */
async function getItemAtPath(
  client: GraphClient,
  driveId: string,
  path: string,
): Promise<GraphDriveItem | null | 'forbidden'> {
  try {
    return await sendJson<GraphDriveItem>(client, {
      method: 'GET',
      url: `/drives/${driveId}/root:/${encodeDrivePath(path)}`,
      query: { $expand: 'listItem($expand=fields)' },
      label: 'records.existing-item',
    });
  } catch (error) {
    if (isGraphCallError(error) && error.kind === 'not-found') return null;
    if (isGraphCallError(error) && error.kind === 'forbidden') return 'forbidden';
    throw error;
  }
}

/**
 * The SHA-256 of a stored file, streamed through its download URL (SharePoint keeps no
 * SHA-256 of its own: only quickXorHash). The item read above carries the URL; when it does
 * not, the item is read again with the URL selected.
 */
async function fileSha256(
  client: GraphClient,
  driveId: string,
  item: GraphDriveItem,
): Promise<string> {
  const label = 'records.existing-content';
  const response =
    item[DOWNLOAD_URL] === undefined
      ? (await downloadDriveItem(client, driveId, { id: item.id }, label)).response
      : await fetchDownloadUrl(client, item, label);
  return sha256OfStream(response.body);
}

/** SHA-256 of a byte stream, read piece by piece. */
export async function sha256OfStream(body: ReadableStream<Uint8Array> | null): Promise<string> {
  const hash = new Sha256();
  if (body === null) return hash.digestHex();
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return hash.digestHex();
    hash.update(value);
  }
}
