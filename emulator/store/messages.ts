import { createHash } from 'node:crypto';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseRow, parseRows } from './database';
import type { Store } from './store';

/** A mail address as Graph writes it. */
export interface EmailAddress {
  readonly name: string;
  readonly address: string;
}

/** A file attached to a stored message: what Graph's attachment resource says about it. */
export interface StoredAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}

/** The well-known folders a message can be in. */
export type MessageFolder = 'inbox' | 'sentitems' | 'archive' | 'deleteditems';

/** A message in a mailbox folder; its MIME lives in a file beside the database. */
export interface MessageRecord {
  /** The REST id: it changes when the message moves to another folder. */
  readonly id: string;
  /**
   * The immutable id (Graph's restImmutableEntryId), which stays while the message stays in its
   * mailbox; absent in data folders written before it was kept (see {@link immutableIdOf}).
   */
  readonly immutableId?: string;
  readonly mailbox: string;
  readonly folder: MessageFolder;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from: EmailAddress;
  readonly toRecipients: readonly EmailAddress[];
  readonly ccRecipients: readonly EmailAddress[];
  readonly receivedDateTime: string;
  readonly sentDateTime: string;
  readonly conversationId: string;
  readonly hasAttachments: boolean;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly bodyPreview: string;
  /** The text/plain body (absent in data folders written before it was kept beside the HTML). */
  readonly textBody?: string;
  /** The attachments (absent in data folders written before they were kept). */
  readonly attachments?: readonly StoredAttachment[];
  readonly categories: readonly string[];
  readonly isRead: boolean;
  readonly importance: 'low' | 'normal' | 'high';
  readonly internetMessageHeaders: readonly { readonly name: string; readonly value: string }[];
  readonly singleValueExtendedProperties: readonly {
    readonly id: string;
    readonly value: string;
  }[];
  readonly mimeSize: number;
  readonly version: number;
}

/**
 * A message's immutable id: the one it was given, or for a message stored before ids were kept,
 * one derived from its REST id (stable until it first moves, when it is written down).
 */
export function immutableIdOf(message: Pick<MessageRecord, 'id' | 'immutableId'>): string {
  return (
    message.immutableId ??
    `AAkALgAA${createHash('sha256').update(message.id).digest('base64url').slice(0, 60)}`
  );
}

/** Where a message's MIME is kept. */
export function mimePath(store: Store, id: string): string {
  const dir = join(store.dataDir, 'mail');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${id}.eml`);
}

/** The messages of a mailbox, optionally of one folder. */
export function listMessages(
  store: Store,
  mailbox: string,
  folder: string | undefined,
): MessageRecord[] {
  const rows =
    folder === undefined
      ? store.db.prepare('SELECT json FROM messages WHERE mailbox = ?').all(mailbox)
      : store.db
          .prepare('SELECT json FROM messages WHERE mailbox = ? AND folder = ?')
          .all(mailbox, folder);
  return parseRows<MessageRecord>(rows);
}

/** Which kind of id a request names messages by. */
export type MessageIdKind = 'rest' | 'immutable';

/** One message of a mailbox, by its REST id or by its immutable id. */
export function findMessage(
  store: Store,
  mailbox: string,
  id: string,
  kind: MessageIdKind = 'rest',
): MessageRecord | undefined {
  if (kind === 'rest')
    return parseRow<MessageRecord>(
      store.db.prepare('SELECT json FROM messages WHERE mailbox = ? AND id = ?').get(mailbox, id),
    );
  return listMessages(store, mailbox, undefined).find((message) => immutableIdOf(message) === id);
}

/**
 * Moves a message to another folder: it gets a new REST id and keeps its immutable id and its
 * MIME file (renamed with it).
 */
export function moveMessage(
  store: Store,
  message: MessageRecord,
  folder: MessageFolder,
  newId: string,
): MessageRecord {
  const moved: MessageRecord = {
    ...message,
    id: newId,
    immutableId: immutableIdOf(message),
    folder,
    version: message.version + 1,
  };
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM messages WHERE id = ?').run(message.id);
    saveMessage(store, moved);
  })();
  renameSync(mimePath(store, message.id), mimePath(store, newId));
  return moved;
}

/** Inserts or replaces a message. */
export function saveMessage(store: Store, message: MessageRecord): void {
  store.db
    .prepare('INSERT OR REPLACE INTO messages (id, mailbox, folder, json) VALUES (?, ?, ?, ?)')
    .run(message.id, message.mailbox, message.folder, JSON.stringify(message));
}
