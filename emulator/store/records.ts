/** The emulator's stored shapes. Graph JSON is rendered from these in `graph/`. */

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

/** A list or document library. */
export interface ListRecord {
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
  /** Which content the file had at this version (see `DriveItemRecord.contentVersion`). */
  readonly contentVersion?: number;
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
  /**
   * Counts the file's contents: 1 for the first upload, one more for each replacement. Earlier
   * contents stay readable as its versions' content; absent in older data folders (1).
   */
  readonly contentVersion?: number;
  /** Undefined once removed (JSON storage drops it). */
  readonly retentionLabel?: RetentionLabelRecord | undefined;
}

/** A Microsoft Entra ID group (security or Microsoft 365) and its direct members (user ids). */
export interface GroupRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mail?: string;
  readonly securityEnabled: boolean;
  readonly members: readonly string[];
}

/**
 * SharePoint's roles as Graph names them (permission resource, "Roles property values"):
 * `read`, `write`, and `owner` (full control); each includes the ones before it.
 */
export type PermissionRole = 'read' | 'write' | 'owner';

/** Who a permission is granted to: a user or an Entra ID group, by id. */
export type Grantee =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'group'; readonly groupId: string };

/** One permission entry of a securable object (site, list or item) with unique permissions. */
export interface PermissionRecord {
  readonly id: string;
  readonly roles: readonly PermissionRole[];
  readonly grantee: Grantee;
  /** Set for grants made by `invite`, with the address the invitation named. */
  readonly invitation?: { readonly email: string; readonly signInRequired: boolean };
}
