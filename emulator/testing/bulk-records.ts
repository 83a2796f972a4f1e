import { accessOf } from '../access';
import type Database from 'better-sqlite3';
import { openDatabase } from '../store/database';
import { ensureFolders, type DriveRef } from '../routes/drive-paths';
import { prepareStore } from '../seed/prepare-store';
import { DEMO_SITE } from '../seed/seed';
import { DOSSIERS } from '../seed/dossiers';
import { POLICY_OFFICER, RECORDS_MANAGER } from '../seed/users';
import { newDriveItemId, newGuid } from '../store/ids';
import { indexedColumnNames, indexKey } from '../store/indexed-values';
import { findDriveItem } from '../store/drive-items';
import type { DriveItemRecord, FieldValue, ListItemRecord, ListRecord } from '../store/records';
import { findList, nextListItemId } from '../store/sites';
import { INTAKE_FOLDER, RECORDS_FOLDER } from '../../src/graph/records/record-areas';
import type { Store } from '../store/store';

/** The review statuses bulk records cycle through. */
export const BULK_STATUSES = ['te-beoordelen', 'geaccepteerd', 'afgewezen'] as const;

/** The fields of bulk record `n` (0-based): dossier, status and filer rotate, time advances. */
export function bulkRecordFields(n: number): Record<string, FieldValue> {
  const dossier = DOSSIERS[n % DOSSIERS.length]?.kenmerk ?? 'BZK-2025-0113';
  const filedAt = new Date(Date.UTC(2024, 0, 1) + n * 60_000)
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
    BronvastReviewStatus: BULK_STATUSES[n % BULK_STATUSES.length] ?? 'te-beoordelen',
    BronvastSha256: n.toString(16).toUpperCase().padStart(64, '0'),
    MailSubject: `Overleg ${n % 97} over dossier ${dossier}`,
  };
}

/**
 * Puts `count` records into the Records library of a data folder (seeding it first when empty),
 * writing rows directly in one transaction: for benchmarks and list-size tests, not a seed.
 * Records have list item, drive item (in their dossier's folder of the intake or records area,
 * see {@link bulkRecordFolder}), version and column index, but
 * no content file; each is created by the user it names as filer. Call before starting the emulator on the folder.
 */
export async function insertBulkRecords(dataDir: string, count: number): Promise<void> {
  const db = openDatabase(dataDir);
  const store: Store = { db, dataDir, now: () => new Date() };
  try {
    await prepareStore(store);
    const list = findList(store, DEMO_SITE.id, 'Records');
    if (list?.driveId === undefined) throw new Error('the data folder has no Records library');
    db.transaction(() => insertAll(store, list, count))();
  } finally {
    db.close();
  }
}

type Statement = Database.Statement<unknown[]>;

function insertAll(store: Store, list: ListRecord, count: number): void {
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
  for (let n = 0; n < count; n += 1) {
    const fields = bulkRecordFields(n);
    const folderId = folders.get(bulkRecordFolder(fields)) ?? root.id;
    insertRecord(statements, { id: first + n, drive, folderId, fields, indexed });
  }
  store.db.prepare('UPDATE lists SET next_item_id = ? WHERE id = ?').run(first + count, list.id);
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
  },
): void {
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
    size: 1024,
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
}
