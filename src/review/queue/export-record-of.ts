import type { RecordMetadata } from '../../core/records';
import type { ExportMetadata, ExportRecord } from '../../exports';
import type { ReviewItem } from '../../graph';

/** A loaded record as the exports read it: what is known, the rest left for the gap list. */
export function exportRecordOf(item: ReviewItem): ExportRecord {
  const name = fileNameOf(item.record.webUrl);
  return {
    recordId: item.record.id,
    fileName: name === '' ? `record-${item.record.id}` : name,
    webUrl: item.record.webUrl,
    metadata: item.record.metadata === null ? {} : knownMetadata(item.record.metadata),
  };
}

/**
 * The metadata without the values a malformed column left unreadable (a date that is no date,
 * a score that is no number): an export leaves them out and lists them as gaps.
 */
export function knownMetadata(metadata: RecordMetadata): ExportMetadata {
  const { filedAt, sent, received, relevance, ...rest } = metadata;
  return {
    ...rest,
    ...(isValidDate(filedAt) ? { filedAt } : {}),
    ...(isValidDate(sent) ? { sent } : {}),
    ...(isValidDate(received) ? { received } : {}),
    ...(Number.isFinite(relevance) ? { relevance } : {}),
  };
}

function isValidDate(date: Date | undefined): date is Date {
  return date !== undefined && !Number.isNaN(date.getTime());
}

function fileNameOf(webUrl: string): string {
  const last = webUrl.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    // A stray `%` in the address: the name as it stands.
    return last;
  }
}
