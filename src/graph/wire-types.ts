/**
 * Graph's JSON as it comes over the wire: only the properties Bronvast reads. Mapped to core
 * types in one place per resource (record-fields.ts, dossier-fields.ts).
 */

/** A page of a collection. */
export interface GraphCollection<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}

/** `GET /sites/{hostname}:/{path}`. */
export interface GraphSite {
  readonly id: string;
  readonly webUrl?: string;
}

/** A SharePoint list. */
export interface GraphList {
  readonly id: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly list?: { readonly template?: string };
}

/** A list's column definition. */
export interface GraphColumnDefinition {
  readonly id?: string;
  readonly name: string;
  readonly indexed?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly maxLength?: number };
  readonly number?: Readonly<Record<string, unknown>>;
  readonly dateTime?: Readonly<Record<string, unknown>>;
  readonly boolean?: Readonly<Record<string, unknown>>;
  readonly choice?: { readonly choices?: readonly string[] };
}

/** Field values of a list item: SharePoint returns what the list has, by internal name. */
export type GraphFields = Readonly<Record<string, unknown>>;

/** A list item with its fields expanded. */
export interface GraphListItem {
  readonly id: string;
  readonly webUrl?: string;
  readonly createdDateTime?: string;
  readonly fields?: GraphFields;
  readonly driveItem?: GraphDriveItem;
}

/** A file in a drive. */
export interface GraphDriveItem {
  readonly id: string;
  readonly name?: string;
  readonly size?: number;
  readonly webUrl?: string;
  /** A short-lived URL that downloads the file without Authorization (select it by name). */
  readonly '@microsoft.graph.downloadUrl'?: string;
  readonly file?: {
    readonly mimeType?: string;
    /** SharePoint gives quickXorHash only (no sha1Hash, crc32Hash or sha256Hash). */
    readonly hashes?: { readonly quickXorHash?: string };
  };
  readonly parentReference?: {
    readonly driveId?: string;
    readonly id?: string;
    readonly path?: string;
  };
  /** Who last changed the item, as the record system says (read when selected). */
  readonly lastModifiedBy?: {
    readonly user?: {
      readonly email?: string;
      readonly userPrincipalName?: string;
      readonly displayName?: string;
      readonly id?: string;
    };
  };
  readonly listItem?: GraphListItem;
}

/** `createUploadSession` and `GET {uploadUrl}`. */
export interface GraphUploadSession {
  readonly uploadUrl?: string;
  readonly expirationDateTime?: string;
  readonly nextExpectedRanges?: readonly string[];
}

/** A mail message with the extended property Bronvast marks it with. */
export interface GraphMessage {
  readonly id: string;
  readonly categories?: readonly string[];
  readonly singleValueExtendedProperties?: readonly {
    readonly id: string;
    readonly value: string;
  }[];
}

/** One response inside a `$batch` answer. */
export interface GraphBatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}
