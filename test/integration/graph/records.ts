import { createHash } from 'node:crypto';
import type { GraphClient, SiteIds } from '../../../src/graph';
import { INTAKE_FOLDER } from '../../../src/graph/records/record-areas';

/** The SHA-256 of a stored file, downloaded. */
export async function storedSha256(
  client: GraphClient,
  site: SiteIds,
  driveItemId: string,
): Promise<string> {
  const response = await client.send({
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/items/${driveItemId}/content`,
    label: 'test.download',
  });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  return createHash('sha256')
    .update(new Uint8Array(await response.arrayBuffer()))
    .digest('hex');
}

/** All records (list items with a dedup key) with the given dedup key, as a records manager sees them. */
export async function recordsWithKey(
  client: GraphClient,
  site: SiteIds,
  key: string,
): Promise<number> {
  const response = await client.send({
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $filter: `fields/BronvastDedupKey eq '${key.replace(/'/g, "''")}'`,
      $expand: 'fields',
      $top: '50',
    },
    label: 'test.count',
  });
  const page = (await response.json()) as { value: unknown[] };
  return page.value.length;
}

/** Files in a dossier's folder of the intake area (by name), as a records manager sees them. */
export async function filesIn(
  client: GraphClient,
  site: SiteIds,
  folder: string,
): Promise<string[]> {
  const response = await client.send({
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/root:/${INTAKE_FOLDER}/${encodeURIComponent(folder)}:/children`,
    query: { $top: '200' },
    label: 'test.children',
  });
  if (response.status === 404) return [];
  const page = (await response.json()) as { value: { name: string }[] };
  return page.value.map((item) => item.name);
}
