import { callAsync } from './office';
import type { OfficeReadItem, OfficeSharedProperties } from './office-subset';

/**
 * The mailbox an item is in when it is not the user's own: a shared mailbox ("Postbus Woo") or a
 * colleague's folder opened as delegate. Office.js gives it as `targetMailbox`, to be used as
 * `/users/{targetMailbox}/...` (https://learn.microsoft.com/javascript/api/outlook/office.sharedproperties);
 * Graph needs Mail.ReadWrite.Shared for it. Null for an item in the user's own mailbox: there
 * the method is absent, or fails ("the current folder or mailbox isn't shared").
 */
export async function sharedMailboxOf(item: OfficeReadItem): Promise<string | null> {
  const read = item.getSharedPropertiesAsync;
  if (read === undefined) return null;
  try {
    const shared = await callAsync<OfficeSharedProperties>('getSharedPropertiesAsync', (done) =>
      read.call(item, done),
    );
    const mailbox = shared.targetMailbox.trim();
    return mailbox === '' ? null : mailbox;
  } catch {
    return null;
  }
}
