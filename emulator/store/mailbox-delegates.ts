import type { Store } from './store';
import { findUser } from './users';

/**
 * Who may open another's mailbox: Exchange's Full Access permission on a mailbox (a shared or
 * functional mailbox such as "Postbus Woo", or a colleague's), granted by an administrator
 * (`Add-MailboxPermission -AccessRights FullAccess`,
 * https://learn.microsoft.com/exchange/collaboration-exo/shared-mailboxes).
 */
export function isDelegate(store: Store, mailbox: string, user: string): boolean {
  return (
    store.db
      .prepare('SELECT 1 FROM mailbox_delegates WHERE mailbox = ? AND delegate = ?')
      .get(mailbox, user) !== undefined
  );
}

/** Grants `user` Full Access to `mailbox` (seeding); granting twice changes nothing. */
export function grantFullAccess(store: Store, mailbox: string, user: string): void {
  store.db
    .prepare('INSERT OR IGNORE INTO mailbox_delegates (mailbox, delegate) VALUES (?, ?)')
    .run(mailbox, user);
}

/** A mailbox others are delegated to, as Outlook shows it in their folder tree. */
export interface SharedMailbox {
  readonly address: string;
  readonly displayName: string;
  readonly delegates: readonly string[];
}

/** Every delegated mailbox with its display name and the users given Full Access to it. */
export function sharedMailboxes(store: Store): SharedMailbox[] {
  const rows = store.db
    .prepare('SELECT mailbox, delegate FROM mailbox_delegates ORDER BY mailbox, delegate')
    .all() as { mailbox: string; delegate: string }[];
  const byMailbox = new Map<string, string[]>();
  for (const { mailbox, delegate } of rows)
    byMailbox.set(mailbox, [...(byMailbox.get(mailbox) ?? []), delegate]);
  return [...byMailbox].map(([address, delegates]) => ({
    address,
    displayName: findUser(store, address)?.displayName ?? address,
    delegates,
  }));
}
