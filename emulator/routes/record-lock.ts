import type { EmulatorResponse } from '../http/exchange';
import { graphError } from '../http/graph-error';
import type { DriveItemRecord } from '../store/records';

/**
 * The labels of the demo tenant that declare an item a record (the dossiers' labels). Any other
 * name is accepted as a plain retention label that only retains.
 */
export const RECORD_LABELS: readonly string[] = [
  'Archiefwaardig - blijvend bewaren',
  'Vernietigen na 10 jaar',
];

/** Whether a label name declares a record. */
export const declaresRecord = (name: string): boolean =>
  RECORD_LABELS.some((label) => label.toLowerCase() === name.trim().toLowerCase());

/** Whether the item is a record under lock: SharePoint then refuses new content and deletion. */
export const isContentLocked = (item: DriveItemRecord): boolean =>
  item.retentionLabel?.isRecord === true && item.retentionLabel.isRecordLocked !== false;

/** Whether the item is a record, locked or not: its label is then the site owner's to change. */
export const isRecord = (item: DriveItemRecord): boolean => item.retentionLabel?.isRecord === true;

/** SharePoint's answer to new content for a locked record: 423 `resourceLocked`. */
export const resourceLocked = (name: string): EmulatorResponse =>
  graphError(
    423,
    'resourceLocked',
    `The resource you are attempting to access is locked: '${name}' is a record and its content cannot be changed.`,
  );
