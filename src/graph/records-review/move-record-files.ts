import type { DossierId, RecordId } from '../../core';
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
 * is not there yet) with `PATCH /drives/{d}/items/{id}` and a new `parentReference`, and its
 * text rendition for Microsoft Search (`{name}.txt` beside it) along, so that a search still
 * finds the record beside its rendition. The dossier column is {@link applyReview}'s part.
 * Costs 3 requests per record plus 1-2 for the folder.
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
    await moveRendition(client, site, file, folderId);
    const path = moved.parentReference?.path;
    return { kind: 'moved', id, ...(path === undefined ? {} : { path }) };
  } catch (error: unknown) {
    if (isGraphCallError(error) && error.kind === 'not-found') return { kind: 'file-missing', id };
    if (isGraphCallError(error) && error.kind === 'forbidden') return { kind: 'forbidden', id };
    throw error;
  }
}

/**
 * Moves a record's rendition, addressed by path from the record's former folder
 * (`/drives/{d}/items/{folder}:/{name}.txt:`,
 * https://learn.microsoft.com/graph/onedrive-addressing-driveitems). A record filed before
 * renditions existed has none: that is no failure.
 */
async function moveRendition(
  client: GraphClient,
  site: SiteIds,
  file: GraphDriveItem,
  folderId: string,
): Promise<void> {
  const from = file.parentReference?.id;
  if (from === undefined || file.name === undefined) return;
  try {
    await sendJson<GraphDriveItem>(client, {
      method: 'PATCH',
      url: `/drives/${site.recordsDriveId}/items/${from}:/${encodeDrivePath(`${file.name}.txt`)}:`,
      json: { parentReference: { id: folderId } },
      label: 'review.move',
    });
  } catch (error: unknown) {
    if (!(isGraphCallError(error) && error.kind === 'not-found')) throw error;
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
