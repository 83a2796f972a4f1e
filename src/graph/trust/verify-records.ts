import type { DossierId } from '../../core';
import type { RecordFacts, VersionFacts } from '../../core/trust';
import { batchStepError, MAX_BATCH_STEPS, sendBatch } from '../batch';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { isGraphCallError } from '../GraphCallError';
import { odataString, sendOk } from '../request';
import { personOf, recordAreaOf } from '../records-review/review-item';
import type { GraphListItemVersion, GraphReviewListItem } from '../records-review/review-wire';
import type { SiteIds } from '../site-ids';
import { Sha256 } from '../../core/records';

/** A record to verify, with its file name and its file's drive item id. */
export interface RecordToVerify {
  readonly facts: RecordFacts;
  readonly fileName: string;
  readonly driveItemId?: string;
}

const RECORD_MARKS = ['BronvastDedupKey', 'BronvastSourceId', 'BronvastDossier', 'BronvastSha256'];

/**
 * The records of the library (of some dossiers: one query each on the indexed dossier column),
 * 5,000 a page: every file that carries a Bronvast column. Folders and files without any (a chat
 * record's JSON source, an upload whose filing never wrote its columns) are no records.
 */
export async function listRecordsToVerify(
  client: GraphClient,
  site: SiteIds,
  dossiers: readonly DossierId[],
): Promise<GraphReviewListItem[]> {
  const filters = dossiers.length === 0 ? [undefined] : dossiers;
  const items: GraphReviewListItem[] = [];
  for (const dossier of filters) {
    items.push(
      ...(await fetchAllPages<GraphReviewListItem>(client, {
        method: 'GET',
        url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
        query: {
          $expand: 'fields',
          $top: '5000',
          ...(dossier === undefined
            ? {}
            : { $filter: `fields/BronvastDossier eq ${odataString(dossier)}` }),
        },
        label: 'verify.records',
      })),
    );
  }
  return items.filter(
    (item) =>
      item.contentType?.name !== 'Folder' &&
      RECORD_MARKS.some(
        (name) => typeof item.fields?.[name] === 'string' && item.fields[name] !== '',
      ),
  );
}

/**
 * Reads each record's versions (`$expand=fields`) and its file's drive item id, 10 records per
 * `$batch`: 1 request per 10 records.
 */
export async function readVersionsAndFiles(
  client: GraphClient,
  site: SiteIds,
  items: readonly GraphReviewListItem[],
): Promise<RecordToVerify[]> {
  const records: RecordToVerify[] = [];
  const per = MAX_BATCH_STEPS / 2;
  for (let start = 0; start < items.length; start += per) {
    const chunk = items.slice(start, start + per);
    const base = `/sites/${site.siteId}/lists/${site.recordsListId}/items`;
    const responses = await sendBatch(
      client,
      chunk.flatMap((item) => [
        {
          id: `v${item.id}`,
          method: 'GET' as const,
          url: `${base}/${item.id}/versions?$expand=fields`,
        },
        {
          id: `d${item.id}`,
          method: 'GET' as const,
          url: `${base}/${item.id}/driveItem?$select=id`,
        },
      ]),
      'verify.versions',
    );
    for (const item of chunk) {
      const versions = responses.get(`v${item.id}`);
      const file = responses.get(`d${item.id}`);
      const versionError = batchStepError(versions, 'verify.versions');
      if (versionError !== undefined) throw versionError;
      const wire = (versions?.body as { value?: GraphListItemVersion[] } | undefined)?.value ?? [];
      const driveItemId =
        batchStepError(file, 'verify.files') === undefined
          ? (file?.body as { id?: string } | undefined)?.id
          : undefined;
      records.push({
        facts: {
          id: item.id,
          fields: item.fields ?? {},
          area: recordAreaOf(item.webUrl ?? ''),
          versions: wire
            .map(versionFacts)
            .sort((a, b) => Number.parseFloat(a.label) - Number.parseFloat(b.label)),
        },
        fileName:
          typeof item.fields?.['FileLeafRef'] === 'string' ? item.fields['FileLeafRef'] : '',
        ...(driveItemId === undefined ? {} : { driveItemId }),
      });
    }
  }
  return records;
}

function versionFacts(version: GraphListItemVersion): VersionFacts {
  const by = personOf(version.lastModifiedBy);
  return {
    label: version.id,
    fields: version.fields ?? {},
    ...(by === undefined
      ? {}
      : { by: { address: by.address, ...(by.id === undefined ? {} : { id: by.id }) } }),
  };
}

/** The SHA-256 of a file's content, streamed; `missing` when the file or its bytes are gone. */
export async function contentSha256(
  client: GraphClient,
  site: SiteIds,
  driveItemId: string | undefined,
): Promise<{ readonly kind: 'hash'; readonly sha256: string } | { readonly kind: 'missing' }> {
  if (driveItemId === undefined) return { kind: 'missing' };
  const response = await sendOk(client, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/items/${driveItemId}/content`,
    label: 'verify.content',
  }).catch((error: unknown) => {
    if (isGraphCallError(error) && error.kind === 'not-found') return undefined;
    throw error;
  });
  if (response?.body === undefined || response.body === null) return { kind: 'missing' };
  const hash = new Sha256();
  const reader = response.body.getReader();
  for (let piece = await reader.read(); !piece.done; piece = await reader.read())
    hash.update(piece.value);
  return { kind: 'hash', sha256: hash.digestHex() };
}
