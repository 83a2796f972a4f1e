import type { MailSummary } from './mailbox-api';

/**
 * A re-read that finds the folder as it was keeps the list the page already shows: React then
 * leaves the list alone, instead of drawing 500 rows again every poll on the thread that the
 * task pane's frame shares with this page.
 */
export const keepIfSame =
  (next: readonly MailSummary[]) =>
  (shown: readonly MailSummary[]): readonly MailSummary[] =>
    next.length === shown.length && next.every((mail, index) => sameMail(mail, shown[index]))
      ? shown
      : next;

function sameMail(a: MailSummary, b: MailSummary | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.subject === b.subject &&
    a.from === b.from &&
    a.received === b.received &&
    a.conversationId === b.conversationId &&
    a.isRead === b.isRead &&
    a.hasAttachments === b.hasAttachments &&
    a.categories.join('\n') === b.categories.join('\n')
  );
}
