import { currentItemKey } from './current-item';
import { callAsync, isSetSupported, office } from './office';

/** Office's names for `Office.EventType.ItemChanged` and `SelectedItemsChanged` (Mailbox 1.13). */
const ITEM_CHANGED = 'olkItemSelectedChanged';
const SELECTION_CHANGED = 'olkSelectedItemsChanged';

/**
 * Calls `handler` whenever the user opens another item while the pane is pinned (also with no
 * item: `currentItemMode()` is then 'none') and, on Mailbox 1.13, when the selection changes.
 * Office has no event for a change before the handlers are registered: given the key of the
 * item the pane read last (`currentItemKey()` when it read), it calls `handler` once registered
 * if another item is open by then. Resolves with a function that removes the handlers.
 */
export async function onItemChanged(
  handler: () => void,
  lastReadKey?: () => string,
): Promise<() => Promise<void>> {
  const mailbox = office().context.mailbox;
  const types = isSetSupported('Mailbox', '1.13')
    ? [ITEM_CHANGED, SELECTION_CHANGED]
    : [ITEM_CHANGED];
  for (const type of types) {
    await callAsync<void>('addHandlerAsync', (done) =>
      mailbox.addHandlerAsync(type, handler, done),
    );
  }
  if (lastReadKey !== undefined && lastReadKey() !== currentItemKey()) handler();
  return async () => {
    for (const type of types) {
      await callAsync<void>('removeHandlerAsync', (done) => mailbox.removeHandlerAsync(type, done));
    }
  };
}
