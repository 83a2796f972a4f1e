import { callAsync, currentItem, isSetSupported, office } from './office';
import type { OfficeNotification } from './office-subset';

/** The notification key Bronvast uses on an item, so a new notice replaces the old one. */
const NOTICE_KEY = 'bronvast';

/** Icon resource id of the notification icon in manifest.xml. */
export const NOTICE_ICON = 'Icon.16x16';

/**
 * Shows (or replaces) Bronvast's notice on the open item: the one-line outcome of a ribbon
 * command. `text` is already a sentence in the user's language. No item: nothing happens.
 */
export async function showItemNotice(text: string, kind: 'info' | 'error' = 'info'): Promise<void> {
  const details: OfficeNotification =
    kind === 'error'
      ? { type: 'errorMessage', message: text }
      : { type: 'informationalMessage', message: text, icon: NOTICE_ICON, persistent: false };
  await replaceNotice(details);
}

/**
 * Opens the task pane from a function command. Outlook has no shared runtime for the XML
 * manifest, so `Office.addin.showAsTaskpane` exists only where SharedRuntime 1.1 is supported (and
 * in the workbench); elsewhere an insight notice (Mailbox 1.10) with an "open" button that runs
 * the task-pane command `commandId` is the documented way.
 */
export async function showTaskpane(
  text: string,
  actionText: string,
  commandId: string,
): Promise<void> {
  const addin = office().addin;
  if (addin !== undefined && isSetSupported('SharedRuntime', '1.1')) {
    await addin.showAsTaskpane();
    return;
  }
  if (!isSetSupported('Mailbox', '1.10')) {
    await showItemNotice(text);
    return;
  }
  await replaceNotice({
    type: 'insightMessage',
    message: text,
    icon: NOTICE_ICON,
    actions: [{ actionType: 'showTaskPane', actionText, commandId, contextData: {} }],
  });
}

async function replaceNotice(details: OfficeNotification): Promise<void> {
  const item = currentItem();
  const messages = item?.notificationMessages;
  if (messages === undefined) return;
  await callAsync<void>('notificationMessages.replaceAsync', (done) =>
    messages.replaceAsync(NOTICE_KEY, details, done),
  );
}
