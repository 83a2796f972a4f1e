import type { ExportRecord } from '../../exports';
import type { ReviewItem } from '../../graph';

/** A loaded record as the exports read it: what is known, the rest left for the gap list. */
export function exportRecordOf(item: ReviewItem): ExportRecord {
  const name = decodeURIComponent(item.record.webUrl.split('/').pop() ?? '');
  return {
    recordId: item.record.id,
    fileName: name === '' ? `record-${item.record.id}` : name,
    webUrl: item.record.webUrl,
    metadata: item.record.metadata ?? {},
  };
}
