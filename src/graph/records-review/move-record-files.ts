import type { DossierId, RecordId } from '../../core/ids';
import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { encodeDrivePath, sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';
import { areaFolder, RECORDS_FOLDER } from '../records/record-areas';

/** What became of one record's file. */
export type MoveOutcome =
  | { readonly kind: 'moved'; readonly id: RecordId; readonly path?: string }
  | { readonly kind: 'file-missing'; readonly id: RecordId }
  | { readonly kind: 'forbidden'; readonly id: RecordId };

/**
 * Moves each record's file into the dossier's folder of the records library (created when it
 * is not there yet) with `PATCH /drives/{d}/items/{id}` and a new `parentReference`. The
 * dossier column is {@link applyReview}'s part. Costs 2 requests per record plus 1-2 for the
 * folder.
 */
export async function moveRecordFiles(
  client: GraphClient,
  site: SiteIds,
  records: readonly RecordId[],
  dossier: DossierId,
): Promise<MoveOutcome[]> {
  const folder = await ensureDossierFolder(client, site, dossier);
  const outcomes: MoveOutcome[] = [];
  for (const id of records) outcomes.push(await moveOne(client, site, id, folder.id));
  return outcomes;
}

async function moveOne(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
  folderId: string,
): Promise<MoveOutcome> {
  try {
    const file = await sendJson<GraphDriveItem>(client, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/driveItem`,
      label: 'review.move',
    });
    const moved = await sendJson<GraphDriveItem>(client, {
      method: 'PATCH',
      url: `/drives/${site.recordsDriveId}/items/${file.id}`,
      json: { parentReference: { id: folderId } },
      label: 'review.move',
    });
    const path = moved.parentReference?.path;
    return { kind: 'moved', id, ...(path === undefined ? {} : { path }) };
  } catch (error: unknown) {
    if (isGraphCallError(error) && error.kind === 'not-found') return { kind: 'file-missing', id };
    if (isGraphCallError(error) && error.kind === 'forbidden') return { kind: 'forbidden', id };
    throw error;
  }
}

/**
 * The dossier's folder in the records area (`Archief/{dossier}`), which only records managers
 * may change; created when missing (the area itself is provisioned).
 */
export async function ensureDossierFolder(
  client: GraphClient,
  site: SiteIds,
  dossier: DossierId,
): Promise<GraphDriveItem> {
  const path = encodeDrivePath(areaFolder(RECORDS_FOLDER, dossier));
  try {
    return await sendJson<GraphDriveItem>(client, {
      method: 'GET',
      url: `/drives/${site.recordsDriveId}/root:/${path}`,
      label: 'review.folder',
    });
  } catch (error: unknown) {
    if (!(isGraphCallError(error) && error.kind === 'not-found')) throw error;
    return sendJson<GraphDriveItem>(client, {
      method: 'POST',
      url: `/drives/${site.recordsDriveId}/root:/${encodeDrivePath(RECORDS_FOLDER)}:/children`,
      json: { name: dossier, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      label: 'review.folder',
    });
  }
}
