/**
 * The scopes of the workbench's own stand-ins for Outlook and Teams (not Bronvast surfaces):
 * the mailbox the stand-in Outlook shows and sends from, the shared mailboxes its user is delegated
 * to (as Outlook shows them in its folder tree), and the records panel beside it. The
 * Bronvast surfaces in its frames sign in with their own scopes (`SURFACE_SCOPES`).
 */
export const STANDIN_SCOPES: readonly string[] = [
  'User.Read',
  'Mail.ReadWrite',
  'Mail.ReadWrite.Shared',
  'Mail.Send',
  'Sites.Read.All',
];
