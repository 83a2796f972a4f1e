/** Whose mailbox: the signed-in user (`/me`, default) or another by UPN (delegated access). */
export interface MailboxOptions {
  readonly mailbox?: string;
}

/** The path prefix of a mailbox. */
export function mailboxPath(options: MailboxOptions = {}): string {
  return options.mailbox === undefined ? '/me' : `/users/${encodeURIComponent(options.mailbox)}`;
}
