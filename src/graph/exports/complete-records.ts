import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import type { ListedRecord } from './export-listing';
import { readRecordContent, readRecordFiles } from './record-files';

/** Reads the names of a mail's attachments from its stored MIME; null when it cannot. */
export type AttachmentNameReader = (mime: Uint8Array) => Promise<readonly string[] | null>;

/** What to add to listed records. */
export interface CompletionOptions {
  /** Sizes of the stored files (MDTO's omvang). */
  readonly sizes: boolean;
  /** Attachment names of mails that have attachments (the inventory's rows); absent: none. */
  readonly attachmentNames?: AttachmentNameReader;
  /** Parallel downloads of MIME content; default 4. */
  readonly concurrency?: number;
}

/**
 * Adds file sizes and mail attachment names to a page of records. Sizes cost one `$batch` per
 * 20 records; attachment names one download per mail that has attachments (the .eml is the
 * record, so its attachment list is the one archived). A file that cannot be read leaves the
 * record as it was, which the export reports as a gap.
 */
export async function completeRecords(
  client: GraphClient,
  site: SiteIds,
  records: readonly ListedRecord[],
  options: CompletionOptions,
): Promise<ListedRecord[]> {
  const reader = options.attachmentNames;
  const withAttachments = (record: ListedRecord) =>
    reader !== undefined &&
    record.metadata.sourceKind !== 'chat' &&
    record.metadata.hasAttachments === true;
  const needed = records.filter((record) => options.sizes || withAttachments(record));
  const files = await readRecordFiles(
    client,
    site,
    needed.map((record) => record.recordId),
  );
  const names = new Map<string, readonly string[]>();
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
  return records.map((record) => {
    const size = options.sizes ? files.get(record.recordId)?.size : undefined;
    const attachments = names.get(record.recordId);
    return {
      ...record,
      ...(size === undefined ? {} : { size }),
      ...(attachments === undefined ? {} : { attachments }),
    };
  });
}
