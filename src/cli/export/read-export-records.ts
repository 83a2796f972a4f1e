import type { DossierId, ManagerSet } from '../../core';
import { assessMailAttachments } from '../../documents';
import type { ExportAttachment, ExportRecord } from '../../exports';
import {
  completeRecords,
  listDossiers,
  listRecordsForExport,
  splitByBacking,
  type AttachmentReader,
  type GraphClient,
  type ListedRecord,
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
  review?: { readonly managers: ManagerSet; readonly left: ListedRecord[] },
): AsyncGenerator<readonly ExportRecord[]> {
  const query = {
    dossiers: options.dossiers,
    ...(options.status === undefined ? {} : { status: options.status }),
  };
  for await (const listed of listRecordsForExport(client, site, query)) {
    // A status that asks for reviewed records takes only those a records manager's review backs.
    const page = review === undefined ? listed : await keepBacked(client, site, listed, review);
    yield completeRecords(client, site, page, {
      sizes: options.format === 'mdto',
      ...(options.format === 'inventaris'
        ? { attachments: attachmentAssessor(options.organisationDomains) }
        : {}),
    });
  }
}

async function keepBacked(
  client: GraphClient,
  site: SiteIds,
  page: readonly ListedRecord[],
  review: { readonly managers: ManagerSet; readonly left: ListedRecord[] },
): Promise<readonly ListedRecord[]> {
  const { backed, unbacked } = await splitByBacking(client, site, page, review.managers);
  review.left.push(...unbacked);
  return backed;
}
