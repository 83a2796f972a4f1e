import type Database from 'better-sqlite3';
import { listUrl } from '../graph/site-json';
import { newDriveItemId, newGuid } from '../store/ids';
import type {
  DriveItemRecord,
  FieldValue,
  ListItemRecord,
  ListRecord,
  SiteRecord,
} from '../store/records';
import type { Store } from '../store/store';

const WORDS = (
  'advies besluit overleg nota beleid minister directie begroting planning afspraak voorstel ' +
  'gemeente provincie rapport evaluatie wetgeving regeling uitvoering toezicht subsidie vergunning ' +
  'woningbouw energie klimaat stikstof water natuur verkeer onderwijs zorg veiligheid digitaal ' +
  'archief informatie openbaarheid dossier termijn reactie bijlage concept versie vergadering ' +
  'agenda verslag notulen mail bericht telefoon collega team afdeling project programma'
).split(' ');
const TOPICS = [
  'windpark',
  'zonnepark',
  'asielopvang',
  'jeugdzorg',
  'dijkversterking',
  'grondwater',
];

/** A deterministic body text for bulk record `n`: ordinary words, a topic, a rare word. */
export function bulkBodyText(n: number): string {
  let state = (n * 2654435761) >>> 0;
  const words: string[] = [];
  for (let index = 0; index < 80; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    words.push(WORDS[(state >>> 8) % WORDS.length] ?? 'advies');
  }
  words.splice(10, 0, TOPICS[n % TOPICS.length] ?? 'windpark');
  if (n % 1000 === 7) words.splice(20, 0, 'zeldzaamwoord');
  return `${words.join(' ')}.`;
}

/** The statements that write a rendition and its index rows. */
export interface RenditionRows {
  readonly drive: Database.Statement<unknown[]>;
  readonly item: Database.Statement<unknown[]>;
  readonly doc: Database.Statement<unknown[]>;
  readonly text: Database.Statement<unknown[]>;
}

/** Prepares the rendition statements. */
export function prepareRenditionRows(store: Store): RenditionRows {
  const { db } = store;
  return {
    drive: db.prepare(
      'INSERT INTO drive_items (id, drive_id, parent_id, name, json) VALUES (?, ?, ?, ?, ?)',
    ),
    item: db.prepare('INSERT INTO list_items (list_id, id, json) VALUES (?, ?, ?)'),
    doc: db.prepare(
      `INSERT INTO search_docs (item_id, drive_id, web_url, file_type, file_name, created_by, refinable_date00, sha256)
       VALUES (?, ?, ?, 'txt', ?, ?, ?, '')`,
    ),
    text: db.prepare('INSERT INTO search_text (rowid, body) VALUES (?, ?)'),
  };
}

/**
 * Writes the text rendition of bulk record `n` beside it, as filing does: a `.txt` file with
 * its list item (MailSent set) and its entry in the full-text index; the file has no content
 * on disk (the index holds the text).
 */
export function insertRendition(
  rows: RenditionRows,
  place: {
    site: SiteRecord;
    list: ListRecord;
    folderId: string;
    folderName: string;
    itemId: number;
  },
  fields: Readonly<Record<string, FieldValue>>,
  n: number,
): void {
  const name = `${String(fields['FileLeafRef'])}.txt`;
  const upn = String(fields['BronvastFiledBy']);
  const at = String(fields['BronvastFiledAt']);
  const sent = String(fields['MailSent']);
  const stamps = { createdBy: upn, createdAt: at, modifiedBy: upn, modifiedAt: at, version: 1 };
  const guid = newGuid();
  const driveId = place.list.driveId ?? '';
  const drive: DriveItemRecord = {
    ...stamps,
    id: newDriveItemId(),
    driveId,
    parentId: place.folderId,
    name,
    isFolder: false,
    size: 600,
    mimeType: 'text/plain',
    quickXorHash: '',
    sha256: '',
    guid,
    listItemId: place.itemId,
  };
  const item: ListItemRecord = {
    ...stamps,
    listId: place.list.id,
    id: place.itemId,
    guid,
    fields: { FileLeafRef: name, MailSent: sent },
    contentType: 'Document',
    driveItemId: drive.id,
    contentSize: drive.size,
  };
  rows.drive.run(drive.id, driveId, place.folderId, name, JSON.stringify(drive));
  rows.item.run(place.list.id, place.itemId, JSON.stringify(item));
  const url = [
    listUrl(place.site, place.list),
    ...place.folderName.split('/').map(encodeURIComponent),
    encodeURIComponent(name),
  ].join('/');
  const doc = rows.doc.run(drive.id, driveId, url, name, upn, new Date(sent).toISOString());
  const text = `Onderwerp: ${String(fields['MailSubject'])}\nDossier: ${String(fields['BronvastDossier'])}\nBronvast-soort: mail\n\n${bulkBodyText(n)}`;
  rows.text.run(doc.lastInsertRowid, text);
}
