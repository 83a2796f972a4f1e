import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import type { ListedRecord } from './export-listing';
import { readRecordContent, readRecordFiles } from './record-files';

/**
 * Reads what an export needs of a mail's attachments (their names, or their own assessment)
 * from its stored MIME; null when it cannot.
 */
export type AttachmentReader<A> = (mime: Uint8Array) => Promise<readonly A[] | null>;

/** What to add to listed records. */
export interface CompletionOptions<A> {
  /** Sizes of the stored files (MDTO's omvang). */
  readonly sizes: boolean;
  /** Attachments of mails that have attachments (the inventory's rows); absent: none. */
  readonly attachments?: AttachmentReader<A>;
  /** Parallel downloads of MIME content; default 4. */
  readonly concurrency?: number;
}

/**
 * Adds file sizes and mail attachments to a page of records. Sizes cost one `$batch` per 20
 * records; attachments one download per mail that has attachments (the .eml is the record, so
 * its attachments are the ones archived), read one mail at a time per worker. A file that
 * cannot be read leaves the record as it was, which the export reports as a gap.
 */
export async function completeRecords<A>(
  client: GraphClient,
  site: SiteIds,
  records: readonly ListedRecord<unknown>[],
  options: CompletionOptions<A>,
): Promise<ListedRecord<A>[]> {
  const reader = options.attachments;
  const withAttachments = (record: ListedRecord<unknown>) =>
    reader !== undefined &&
    record.metadata.sourceKind !== 'chat' &&
    record.metadata.hasAttachments === true;
  const needed = records.filter((record) => options.sizes || withAttachments(record));
  const files = await readRecordFiles(
    client,
    site,
    needed.map((record) => record.recordId),
  );
  const names = new Map<string, readonly A[]>();
  const queue = records.filter(withAttachments);
  const worker = async () => {
    for (let record = queue.shift(); record !== undefined; record = queue.shift()) {
      const file = files.get(record.recordId);
      if (file === undefined || reader === undefined) continue;
      const read = await reader(await readRecordContent(client, site, file.driveItemId));
      if (read !== null) names.set(record.recordId, read);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return records.map(({ attachments: _unread, ...record }) => {
    const size = options.sizes ? files.get(record.recordId)?.size : undefined;
    const attachments = names.get(record.recordId);
    return {
      ...record,
      ...(size === undefined ? {} : { size }),
      ...(attachments === undefined ? {} : { attachments }),
    };
  });
}
