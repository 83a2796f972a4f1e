/**
 * A mailbox's mail through Graph: reading it (pages of a folder, a message's MIME and summary,
 * immutable ids) and marking it (filed, set aside). Lighter than `src/graph`.
 */
export type { MailboxOptions } from './mailbox-path';
export type { MailboxMail, MailFolderName, MailMark } from './mailbox-mail';
export { readMailPages } from './mail-pages';
export { toImmutableIds } from './immutable-ids';
export { getMessageMimeContent } from './message-mime';
export { getMessageSummary } from './message-summary';
export { markMessageFiled } from './filed-mark';
export { markMessageDismissed, type DismissalReason } from './dismissal';
