import { mkdirSync } from 'node:fs';
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

/** A message in a mailbox folder; its MIME lives in a file beside the database. */
export interface MessageRecord {
  readonly id: string;
  readonly mailbox: string;
  readonly folder: 'inbox' | 'sentitems';
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

/** One message of a mailbox. */
export function findMessage(store: Store, mailbox: string, id: string): MessageRecord | undefined {
  return parseRow<MessageRecord>(
    store.db.prepare('SELECT json FROM messages WHERE mailbox = ? AND id = ?').get(mailbox, id),
  );
}

/** Inserts or replaces a message. */
export function saveMessage(store: Store, message: MessageRecord): void {
  store.db
    .prepare('INSERT OR REPLACE INTO messages (id, mailbox, folder, json) VALUES (?, ?, ?, ?)')
    .run(message.id, message.mailbox, message.folder, JSON.stringify(message));
}
