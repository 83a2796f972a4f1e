/**
 * Entry of `signin.html`, the page the Office dialog opens where nested app authentication is
 * missing (Outlook 2021, Outlook.com mailboxes). Office.js must be ready before the page can
 * answer the pane with `messageParent`; MSAL's redirect does the rest.
 */
// Chunking: the sign-in page loads Office.js readiness and the dialog's MSAL redirect alone; the
// host's index would bring the pane's item readers and the MIME adapter.
import { whenOfficeReady } from '../host/office';
// As above: the dialog's sign-in alone.
import { completeDialogSignIn } from '../host/signin-dialog';

// Fixed at build time (webpack DefinePlugin), as in the pane's configuration.
const clientId = process.env.BRONVAST_CLIENT_ID ?? '';

async function main(): Promise<void> {
  await whenOfficeReady();
  await completeDialogSignIn({ clientId });
}

void main();
