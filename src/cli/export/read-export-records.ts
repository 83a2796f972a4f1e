import type { DossierId } from '../../core/ids';
import { assessMailAttachments } from '../../documents';
import type { ExportAttachment, ExportRecord } from '../../exports';
import {
  completeRecords,
  listDossiers,
  listRecordsForExport,
  type AttachmentReader,
  type GraphClient,
  type SiteIds,
} from '../../graph';
import type { ExportOptions } from './export-args';

/**
 * Reads each attachment of a stored mail and assesses it on its own text: what the
 * inventory's attachment rows carry.
 */
export function attachmentAssessor(
  organisationDomains: readonly string[],
): AttachmentReader<ExportAttachment> {
  return (mime) => assessMailAttachments(mime, { organisationDomains });
}

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
 * sizes for MDTO, attachments assessed on their own text for the inventory.
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
      ...(options.format === 'inventaris'
        ? { attachments: attachmentAssessor(options.organisationDomains) }
        : {}),
    });
  }
}
