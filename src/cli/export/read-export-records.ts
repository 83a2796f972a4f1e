import type { DossierId } from '../../core/ids';
import type { ExportRecord } from '../../exports';
import {
  completeRecords,
  listDossiers,
  listRecordsForExport,
  type AttachmentNameReader,
  type GraphClient,
  type SiteIds,
} from '../../graph';
import { attachmentNames } from '../../mime';
import type { ExportOptions } from './export-args';

/** A mail's attachment names from its stored MIME (the inline images of its body left out). */
export const attachmentNamesFromMime: AttachmentNameReader = (mime) => attachmentNames(mime);

/** The dossiers asked for that the registry does not know. */
export async function unknownDossiers(
  client: GraphClient,
  site: SiteIds,
  dossiers: readonly DossierId[],
): Promise<DossierId[]> {
  if (dossiers.length === 0) return [];
  const known = new Set((await listDossiers(client, site)).map((entry) => entry.dossier.id));
  return dossiers.filter((dossier) => !known.has(dossier));
}

/**
 * The export's records, page by page, with what its format needs besides the columns: file
 * sizes for MDTO, attachment names for the inventory.
 */
export async function* readExportRecords(
  client: GraphClient,
  site: SiteIds,
  options: ExportOptions,
): AsyncGenerator<readonly ExportRecord[]> {
  const query = {
    dossiers: options.dossiers,
    ...(options.status === undefined ? {} : { status: options.status }),
  };
  for await (const page of listRecordsForExport(client, site, query)) {
    yield completeRecords(client, site, page, {
      sizes: options.format === 'mdto',
      ...(options.format === 'inventaris' ? { attachmentNames: attachmentNamesFromMime } : {}),
    });
  }
}
