import { asEwsItemId, type EwsItemId } from '../core/vocabulary';
import { callAsync, currentItem, isSetSupported, office } from './office';
import { isReadItem, type OfficeSelectedItem } from './office-subset';

/** A selected message, enough to load or file it later. */
export interface SelectedItemRef {
  readonly itemId: EwsItemId;
  readonly subject: string;
  readonly mode: 'read' | 'compose';
  readonly conversationId?: string;
  readonly internetMessageId?: string;
}

/**
 * The messages selected in the message list (Mailbox 1.13, up to 100). Where multi-select is
 * missing, the open read item is the selection; no item gives an empty list.
 */
export async function getSelectedItems(): Promise<readonly SelectedItemRef[]> {
  const mailbox = office().context.mailbox;
  const getSelected = mailbox.getSelectedItemsAsync;
  if (getSelected === undefined || !isSetSupported('Mailbox', '1.13')) return currentAsSelection();
  const selected = await callAsync<readonly OfficeSelectedItem[]>('getSelectedItemsAsync', (done) =>
    getSelected.call(mailbox, done),
  );
  return selected.filter((entry) => entry.itemType === 'message').map(toRef);
}

function toRef(entry: OfficeSelectedItem): SelectedItemRef {
  return {
    itemId: asEwsItemId(entry.itemId),
    subject: entry.subject,
    mode: entry.itemMode === 'compose' ? 'compose' : 'read',
    ...(entry.conversationId ? { conversationId: entry.conversationId } : {}),
    ...(entry.internetMessageId ? { internetMessageId: entry.internetMessageId } : {}),
  };
}

function currentAsSelection(): readonly SelectedItemRef[] {
  const item = currentItem();
  if (item === null || !isReadItem(item)) return [];
  return [toRef({ ...item, itemMode: 'read' })];
}
