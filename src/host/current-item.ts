import type { EwsItemId, Message } from '../core';
import { asEwsItemId } from '../core/vocabulary';
import { readComposeItem } from './compose-item';
import { currentItem } from './office';
import { isReadItem } from './office-subset';
import { readMessageItem } from './read-item';
import { sharedMailboxOf } from './shared-mailbox';

/** The open Outlook item as the core sees it, with the mode it is open in. */
export type CurrentItem =
  | {
      readonly mode: 'read';
      readonly itemId: EwsItemId;
      readonly message: Message;
      /** The shared mailbox the item is in; absent for the user's own mailbox. */
      readonly mailbox?: string;
    }
  | { readonly mode: 'compose'; readonly message: Message };

/** Which kind of item is open: read, compose, or none (an empty pinned pane). */
export function currentItemMode(): 'read' | 'compose' | 'none' {
  const item = currentItem();
  if (item === null) return 'none';
  return isReadItem(item) ? 'read' : 'compose';
}

/** Which item is open, as a key that changes when another one opens: `read:<id>`, `compose`, `none`. */
export function currentItemKey(): string {
  const item = currentItem();
  if (item === null) return 'none';
  return isReadItem(item) ? `read:${item.itemId}` : 'compose';
}

/** Reads the open item (read or compose) into a `Message`; null when no item is open. */
export async function readCurrentItem(): Promise<CurrentItem | null> {
  const item = currentItem();
  if (item === null) return null;
  if (isReadItem(item)) {
    const [message, mailbox] = await Promise.all([readMessageItem(item), sharedMailboxOf(item)]);
    const itemId = asEwsItemId(item.itemId);
    return mailbox === null
      ? { mode: 'read', itemId, message }
      : { mode: 'read', itemId, message, mailbox };
  }
  return { mode: 'compose', message: await readComposeItem(item) };
}
