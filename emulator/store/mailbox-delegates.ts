import type { Store } from './store';

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

/** The mailboxes `user` has Full Access to (besides their own). */
export function delegatedMailboxes(store: Store, user: string): string[] {
  return store.db
    .prepare('SELECT mailbox FROM mailbox_delegates WHERE delegate = ? ORDER BY mailbox')
    .all(user)
    .map((row) => String((row as { mailbox: unknown }).mailbox));
}

/** Every delegated mailbox with the users given Full Access to it. */
export function mailboxDelegations(store: Store): { mailbox: string; delegates: string[] }[] {
  const rows = store.db
    .prepare('SELECT mailbox, delegate FROM mailbox_delegates ORDER BY mailbox, delegate')
    .all() as { mailbox: string; delegate: string }[];
  const byMailbox = new Map<string, string[]>();
  for (const { mailbox, delegate } of rows)
    byMailbox.set(mailbox, [...(byMailbox.get(mailbox) ?? []), delegate]);
  return [...byMailbox].map(([mailbox, delegates]) => ({ mailbox, delegates }));
}
