import { asRecordId, type RecordId } from '../../core/vocabulary';
import type { RecordMetadata } from '../../core/records';
import type { GraphListItem } from '../wire-types';
import { recordMetadataFromFields } from './record-fields';

/** A record in the records library, as the review page and the task pane see it. */
export interface FiledRecord {
  /** The list item id (what review updates address). */
  readonly id: RecordId;
  /** The file's drive item id, where known. */
  readonly driveItemId?: string;
  readonly webUrl: string;
  /** Null when the item has no (valid) Bronvast columns. */
  readonly metadata: RecordMetadata | null;
}

/** Maps a list item (fields expanded) to a FiledRecord. */
export function filedRecordFromListItem(item: GraphListItem, driveItemId?: string): FiledRecord {
  const driveId = driveItemId ?? item.driveItem?.id;
  return {
    id: asRecordId(item.id),
    ...(driveId === undefined ? {} : { driveItemId: driveId }),
    webUrl: item.webUrl ?? item.driveItem?.webUrl ?? '',
    metadata: item.fields === undefined ? null : recordMetadataFromFields(item.fields),
  };
}
