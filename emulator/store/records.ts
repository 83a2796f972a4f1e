/** The emulator's stored shapes. Graph JSON is rendered from these in `graph/`. */

/** What a seeded user may do: policy officers file, records managers review everything. */
export type Role = 'policy-officer' | 'records-manager';

/** A user of the demo tenant. */
export interface UserRecord {
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly jobTitle: string;
  readonly officeLocation: string;
  /** The directory's `department` (the dashboard's team); absent in older data folders. */
  readonly department?: string;
  readonly role: Role;
  /** The user's id in the site's user information list (AuthorLookupId). */
  readonly lookupId: number;
}

/** A SharePoint site. */
export interface SiteRecord {
  readonly id: string;
  readonly hostname: string;
  readonly path: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly createdAt: string;
}

/**
 * Who may do what in a list: `records` (create all, read and update own, managers all),
 * `registry` (read all, managers write), `audit` (append all, read own, managers all, never
 * update), `managers` (records managers only: the Woo desk's lists), `open` (everyone
 * everything).
 */
export type ListAccess = 'records' | 'registry' | 'audit' | 'managers' | 'open';

/** A list or document library. */
export interface ListRecord {
  readonly access: ListAccess;
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly template: 'documentLibrary' | 'genericList';
  readonly driveId?: string;
  readonly rootItemId?: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** The value types a column can hold. */
export type ColumnType = 'text' | 'note' | 'number' | 'dateTime' | 'boolean' | 'choice';

/** A list column; `definition` is the columnDefinition JSON as created. */
export interface ColumnRecord {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly type: ColumnType;
  readonly indexed: boolean;
  readonly required: boolean;
  readonly choices?: readonly string[];
  readonly definition: Readonly<Record<string, unknown>>;
}

/** A field value as SharePoint stores it. */
export type FieldValue = string | number | boolean | null;

/** A list item; in a library, the list item of a drive item. */
export interface ListItemRecord {
  readonly listId: string;
  readonly id: number;
  readonly guid: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly contentType: 'Item' | 'Document' | 'Folder';
  readonly createdBy: string;
  readonly createdAt: string;
  readonly modifiedBy: string;
  readonly modifiedAt: string;
  readonly version: number;
  readonly driveItemId?: string;
  /** A file's content size at this version, so its version history can say it. */
  readonly contentSize?: number;
}

/** A retention label applied to a drive item. */
export interface RetentionLabelRecord {
  readonly name: string;
  /** The label declares the item a record (`retainAsRecord` or `retainAsRegulatoryRecord`). */
  readonly isRecord?: boolean;
  /** The label declares a regulatory record: content, properties and label are fixed. */
  readonly isRegulatory?: boolean;
  /** A record is locked when labelled; whoever may edit it can unlock it (record versioning). */
  readonly isRecordLocked?: boolean;
  readonly appliedBy: string;
  readonly appliedAt: string;
}

/** A file or folder in a document library's drive. */
export interface DriveItemRecord {
  readonly id: string;
  readonly driveId: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly isFolder: boolean;
  readonly size: number;
  readonly mimeType: string;
  readonly quickXorHash: string;
  readonly sha256: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly modifiedBy: string;
  readonly modifiedAt: string;
  readonly version: number;
  readonly guid: string;
  readonly listItemId?: number;
  /** Undefined once removed (JSON storage drops it). */
  readonly retentionLabel?: RetentionLabelRecord | undefined;
}
