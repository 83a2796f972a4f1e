import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { REVIEW_STATUSES } from '../../src/core/records/record-metadata';
import { accessOf } from '../access';
import type Database from 'better-sqlite3';
import { openDatabase } from '../store/database';
import { ensureFolders, type DriveRef } from '../routes/drives/drive-paths';
import { prepareStore } from '../seed/prepare-store';
import { DEMO_SITE } from '../seed/seed';
import { DOSSIERS } from '../seed/dossiers';
import { POLICY_OFFICER, RECORDS_MANAGER } from '../seed/users';
import { newDriveItemId, newGuid } from '../store/ids';
import { indexedColumnNames, indexKey } from '../store/indexed-values';
import { findDriveItem } from '../store/drive-items';
import { contentPath } from '../store/content-files';
import type { DriveItemRecord, FieldValue, ListItemRecord, ListRecord } from '../store/records';
import { findList, nextListItemId } from '../store/sites';
import { INTAKE_FOLDER, RECORDS_FOLDER } from '../../src/graph/records/record-areas';
import { insertRendition, prepareRenditionRows } from './bulk-renditions';
import type { Store } from '../store/store';

/** The review statuses bulk records cycle through. */
export const BULK_STATUSES = REVIEW_STATUSES;

/** The fields of bulk record `n` (0-based): dossier, status and filer rotate, time advances. */
export function bulkRecordFields(n: number): Record<string, FieldValue> {
  const dossier = DOSSIERS[n % DOSSIERS.length]?.kenmerk ?? 'BZK-2025-0113';
  const filed = Date.UTC(2024, 0, 1) + n * 60_000;
  const filedAt = new Date(filed).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Received between a minute and two days before it was filed, as mail is.
  const receivedAt = new Date(filed - (1 + (n % 2880)) * 60_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  return {
    FileLeafRef: `record-${n}.eml`,
    Title: `Bulkrecord ${n}`,
    BronvastSourceKind: 'mail',
    BronvastSourceId: `<bulk-${n}@bronvast.example>`,
    BronvastDedupKey: `mail:bulk-${n}@bronvast.example`,
    BronvastDossier: dossier,
    BronvastAssessment: 'openbaar',
    BronvastFiledBy: n % 2 === 0 ? POLICY_OFFICER.upn : RECORDS_MANAGER.upn,
    BronvastFiledAt: filedAt,
    MailReceived: receivedAt,
    BronvastReviewStatus: BULK_STATUSES[n % BULK_STATUSES.length] ?? 'te-beoordelen',
    BronvastSha256: n.toString(16).toUpperCase().padStart(64, '0'),
    MailSubject: `Overleg ${n % 97} over dossier ${dossier}`,
    MailSent: new Date(Date.UTC(2023, 0, 1) + n * 600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Stored mail content for some bulk records: every `every`-th record is this MIME. */
export interface BulkContent {
  readonly every: number;
  readonly mime: Uint8Array;
}

/**
 * Puts `count` records into the Records library of a data folder (seeding it first when empty),
 * writing rows directly in one transaction: for benchmarks and list-size tests, not a seed.
 * Records have list item, drive item (in their dossier's folder of the intake or records area,
 * see {@link bulkRecordFolder}), version and column index, but no content file, except every
 * `content.every`-th, which stores `content.mime` as a mail with attachments; each is created by
 * the user it names as filer. With `withText`, each also gets its text rendition beside it with a
 * body text of its own in the full-text index (the Woo desk's search). Call before starting the
 * emulator on the folder.
 */
export async function insertBulkRecords(
  dataDir: string,
  count: number,
  options: { readonly withText?: boolean; readonly content?: BulkContent } = {},
): Promise<void> {
  const { content } = options;
  const plan = (n: number): PlannedRecord => {
    const stored = content !== undefined && n % content.every === 0 ? content.mime : undefined;
    if (stored === undefined) return { fields: bulkRecordFields(n) };
    const sha256 = createHash('sha256').update(stored).digest('hex');
    const fields = { ...bulkRecordFields(n), MailHasAttachments: true, BronvastSha256: sha256 };
    return { fields, content: stored };
  };
  await insertPlanned(dataDir, count, plan, options.withText === true);
}

/** The content of honest bulk record `n`: a small mail. */
export function filedRecordContent(n: number): Buffer {
  return Buffer.from(
    `Subject: Bulkrecord ${n}\r\nMessage-ID: <bulk-${n}@bronvast.example>\r\n\r\nBericht ${n}.\r\n`,
  );
}

/**
 * Puts `count` honestly filed records into the Records library, as {@link insertBulkRecords} does
 * but each with its content file, whose SHA-256 its column holds, and still to be reviewed. Record
 * `n` lies in its dossier's intake folder, or in its records-area folder when `inRecordsArea(n)`
 * (where a records manager moves it once she has reviewed it). Call before starting the emulator.
 * Returns record 0's list item id (record `n` has that plus `n`).
 */
export async function insertFiledRecords(
  dataDir: string,
  count: number,
  inRecordsArea: (n: number) => boolean = () => false,
): Promise<number> {
  return insertPlanned(
    dataDir,
    count,
    (n) => {
      const content = filedRecordContent(n);
      const sha256 = createHash('sha256').update(content).digest('hex').toUpperCase();
      const fields: Record<string, FieldValue> = {
        ...bulkRecordFields(n),
        BronvastReviewStatus: 'te-beoordelen',
        BronvastSha256: sha256,
      };
      const area = inRecordsArea(n) ? RECORDS_FOLDER : INTAKE_FOLDER;
      return { fields, content, folder: `${area}/${String(fields['BronvastDossier'])}` };
    },
    false,
  );
}

interface PlannedRecord {
  readonly fields: Record<string, FieldValue>;
  readonly content?: Uint8Array;
  /** The folder (area/dossier); by default {@link bulkRecordFolder}. */
  readonly folder?: string;
}

async function insertPlanned(
  dataDir: string,
  count: number,
  plan: (n: number) => PlannedRecord,
  withText: boolean,
): Promise<number> {
  const db = openDatabase(dataDir);
  const store: Store = { db, dataDir, now: () => new Date() };
  try {
    await prepareStore(store);
    const list = findList(store, DEMO_SITE.id, 'Records');
    if (list?.driveId === undefined) throw new Error('the data folder has no Records library');
    return db.transaction(() => insertAll(store, list, count, plan, withText))();
  } finally {
    db.close();
  }
}

type Statement = Database.Statement<unknown[]>;

function insertAll(
  store: Store,
  list: ListRecord,
  count: number,
  plan: (n: number) => PlannedRecord,
  withText: boolean,
): number {
  const drive: DriveRef = { site: DEMO_SITE, list, driveId: list.driveId ?? '' };
  const root = findDriveItem(store, drive.driveId, list.rootItemId ?? '');
  if (root === undefined) throw new Error('the Records library has no root folder');
  const statements = prepareRows(store);
  const indexed = indexedColumnNames(store, list.id);
  const folders = new Map<string, string>();
  for (const area of [INTAKE_FOLDER, RECORDS_FOLDER])
    for (const dossier of DOSSIERS)
      folders.set(
        `${area}/${dossier.kenmerk}`,
        folderFor(store, drive, root, [area, dossier.kenmerk]),
      );
  const first = nextListItemId(store, list.id);
  const renditions = withText ? prepareRenditionRows(store) : null;
  for (let n = 0; n < count; n += 1) {
    const { fields, content, folder } = plan(n);
    const folderName = folder ?? bulkRecordFolder(fields);
    const folderId = folders.get(folderName) ?? root.id;
    const driveItemId = insertRecord(statements, {
      id: first + n,
      drive,
      folderId,
      fields,
      indexed,
      size: content?.length,
    });
    if (content !== undefined) writeFileSync(contentPath(store, driveItemId), content);
    if (renditions !== null) {
      const place = { site: DEMO_SITE, list, folderId, folderName, itemId: first + count + n };
      insertRendition(renditions, place, fields, n);
    }
  }
  const next = first + count * (withText ? 2 : 1);
  store.db.prepare('UPDATE lists SET next_item_id = ? WHERE id = ?').run(next, list.id);
  return first;
}

/**
 * Where bulk record `n` lies: in the intake area while it awaits review, in the records area
 * once reviewed, each in its dossier's folder.
 */
export function bulkRecordFolder(fields: Readonly<Record<string, FieldValue>>): string {
  const area = fields['BronvastReviewStatus'] === 'te-beoordelen' ? INTAKE_FOLDER : RECORDS_FOLDER;
  return `${area}/${String(fields['BronvastDossier'])}`;
}

function folderFor(
  store: Store,
  drive: DriveRef,
  root: DriveItemRecord,
  names: readonly string[],
): string {
  const actor = { store, user: RECORDS_MANAGER, access: accessOf(store, RECORDS_MANAGER) };
  const folder = ensureFolders(actor, drive, root, names);
  if (!folder.ok) throw new Error(`cannot create the folder ${names.join('/')}`);
  return folder.value.id;
}

function prepareRows(store: Store): Record<'drive' | 'item' | 'version' | 'value', Statement> {
  const { db } = store;
  return {
    drive: db.prepare(
      'INSERT INTO drive_items (id, drive_id, parent_id, name, json) VALUES (?, ?, ?, ?, ?)',
    ),
    item: db.prepare('INSERT INTO list_items (list_id, id, json) VALUES (?, ?, ?)'),
    version: db.prepare(
      'INSERT INTO list_item_versions (list_id, item_id, version, json) VALUES (?, ?, ?, ?)',
    ),
    value: db.prepare(
      'INSERT INTO list_item_values (list_id, item_id, name, value) VALUES (?, ?, ?, ?)',
    ),
  };
}

function insertRecord(
  rows: Record<'drive' | 'item' | 'version' | 'value', Statement>,
  record: {
    id: number;
    drive: DriveRef;
    folderId: string;
    fields: Record<string, FieldValue>;
    indexed: readonly string[];
    size?: number | undefined;
  },
): string {
  const { id, drive, folderId, fields } = record;
  const listId = drive.list.id;
  const at = String(fields['BronvastFiledAt']);
  const upn = String(fields['BronvastFiledBy']);
  const stamps = { createdBy: upn, createdAt: at, modifiedBy: upn, modifiedAt: at, version: 1 };
  const guid = newGuid();
  const driveItem: DriveItemRecord = {
    ...stamps,
    id: newDriveItemId(),
    driveId: drive.driveId,
    parentId: folderId,
    name: String(fields['FileLeafRef']),
    isFolder: false,
    size: record.size ?? 1024,
    mimeType: 'message/rfc822',
    quickXorHash: '',
    sha256: String(fields['BronvastSha256']),
    guid,
    listItemId: id,
  };
  const listItem: ListItemRecord = {
    ...stamps,
    listId,
    id,
    guid,
    fields,
    contentType: 'Document',
    driveItemId: driveItem.id,
    contentSize: driveItem.size,
  };
  const json = JSON.stringify(listItem);
  rows.drive.run(driveItem.id, drive.driveId, folderId, driveItem.name, JSON.stringify(driveItem));
  rows.item.run(listId, id, json);
  rows.version.run(listId, id, 1, json);
  for (const name of record.indexed) {
    rows.value.run(listId, id, name, indexKey(fields[name]));
  }
  return driveItem.id;
}
