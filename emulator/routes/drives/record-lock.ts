import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import type { DriveItemRecord } from '../../store/records';

/*
 * What a record's label blocks, after Microsoft Purview's table "Compare restrictions for what
 * actions are allowed or blocked" (https://learn.microsoft.com/en-us/purview/records-management):
 * a locked record blocks editing its contents and deleting it, and its label is the container
 * admin's to change; a regulatory record also blocks editing its properties (rename included),
 * moving it to another container, unlocking it, and changing or removing its label, for everyone.
 */

/**
 * Whether the item is a record under lock: SharePoint then refuses new content and deletion.
 * A regulatory record is always locked.
 */
export const isContentLocked = (item: DriveItemRecord): boolean =>
  item.retentionLabel?.isRecord === true &&
  (item.retentionLabel.isRegulatory === true || item.retentionLabel.isRecordLocked !== false);

/** Whether the item is a regulatory record: its properties cannot change either. */
export const isRegulatoryRecord = (item: DriveItemRecord): boolean =>
  item.retentionLabel?.isRegulatory === true;

/** Whether the item is a record, locked or not: its label is then the site owner's to change. */
export const isRecord = (item: DriveItemRecord): boolean => item.retentionLabel?.isRecord === true;

/** SharePoint's answer to new content for a locked record: 423 `resourceLocked`. */
export const resourceLocked = (name: string): EmulatorResponse =>
  graphError(
    423,
    'resourceLocked',
    `The resource you are attempting to access is locked: '${name}' is a record and its content cannot be changed.`,
  );

/**
 * The answer to a property change of a regulatory record. Purview documents it as blocked;
 * Graph's status code for it is not documented, so the record system answers as for content of
 * a locked record: 423 `resourceLocked`.
 */
export const propertiesLocked = (name: string): EmulatorResponse =>
  graphError(
    423,
    'resourceLocked',
    `The resource you are attempting to access is locked: '${name}' is a regulatory record and its properties cannot be changed.`,
  );
