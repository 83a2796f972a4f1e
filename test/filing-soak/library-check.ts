import { createHash } from 'node:crypto';
import type { Message } from '../../src/core/message';
import { dedupKey } from '../../src/core/records/dedup-key';
import { recordFileName } from '../../src/core/records/record-file-name';
import type { GraphClient, GraphListItem, SiteIds } from '../../src/graph';
import { fetchAllPages } from '../../src/graph/paging';
import { encodeDrivePath } from '../../src/graph/request';
import { INTAKE_FOLDER } from '../../src/graph/records/record-areas';

/** A mail the soak filed, with the SHA-256 of its source. */
export interface SoakMail {
  readonly message: Message;
  readonly size: number;
  readonly sha256: string;
}

/**
 * Checks a folder of the library after the soak: mails without a record (lost), dedup keys
 * with more than one record (duplicates), stored files whose SHA-256 (Node's, downloaded)
 * differs from the source, and files without a record.
 */
export async function checkLibrary(
  manager: GraphClient,
  site: SiteIds,
  folder: string,
  mails: readonly SoakMail[],
) {
  const items = await fetchAllPages<GraphListItem>(manager, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: { $filter: `fields/BronvastDossier eq '${folder}'`, $expand: 'fields', $top: '500' },
    label: 'soak.check',
  });
  const byKey = new Map<string, number>();
  for (const item of items) {
    const key = String(item.fields?.['BronvastDedupKey'] ?? '');
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  const files = await fetchAllPages<{ id: string }>(manager, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/root:/${INTAKE_FOLDER}/${folder}:/children`,
    query: { $top: '500' },
    label: 'soak.files',
  });
  let lost = 0;
  let shaMismatch = 0;
  for (const mail of mails) {
    if ((byKey.get(dedupKey(mail.message)) ?? 0) === 0) lost += 1;
    else if ((await storedSha256(manager, site, folder, mail.message)) !== mail.sha256)
      shaMismatch += 1;
  }
  const duplicates = [...byKey.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  return {
    lost,
    duplicates,
    shaMismatch,
    records: items.length,
    orphanFiles: files.length - items.length,
  };
}

/** Downloads the file at the record's deterministic path and hashes it with Node's SHA-256. */
async function storedSha256(
  manager: GraphClient,
  site: SiteIds,
  folder: string,
  message: Message,
): Promise<string> {
  const area = `${INTAKE_FOLDER}/${folder}`;
  const path = `${area}/${recordFileName(message, { folderPath: area })}`;
  const response = await manager.send({
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/root:/${encodeDrivePath(path)}:/content`,
    label: 'soak.download',
  });
  if (!response.ok || response.body === null) return `download-failed-${response.status}`;
  const hash = createHash('sha256');
  const reader = response.body.getReader();
  for (let piece = await reader.read(); !piece.done; piece = await reader.read())
    hash.update(piece.value);
  return hash.digest('hex');
}
