/**
 * Entry of `signin.html`, the page the Office dialog opens where nested app authentication is
 * missing (Outlook 2021, Outlook.com mailboxes). Office.js must be ready before the page can
 * answer the pane with `messageParent`; MSAL's redirect does the rest.
 */
import { whenOfficeReady, completeDialogSignIn } from '../host';

// Fixed at build time (webpack DefinePlugin), as in the pane's configuration.
const clientId = process.env.BRONVAST_CLIENT_ID ?? '';

async function main(): Promise<void> {
  await whenOfficeReady();
  await completeDialogSignIn({ clientId });
}

void main();
