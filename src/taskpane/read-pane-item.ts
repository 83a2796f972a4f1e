import { readCurrentItem } from '../host/current-item';
import { getDraftDossier } from '../host/draft-dossier';
import { toRestId } from '../host/item-id';
import { getSelectedItems, type SelectedItemRef } from '../host/selection';
import type { MailRef, PaneItem } from './pane-services';

function toMailRef(ref: SelectedItemRef): MailRef {
  return {
    itemId: toRestId(ref.itemId),
    subject: ref.subject,
    ...(ref.conversationId === undefined ? {} : { conversationId: ref.conversationId }),
  };
}

/** What is open in Outlook: several selected mails, a mail being read, a draft, or nothing. */
export async function readPaneItem(): Promise<PaneItem> {
  // Both are round trips to the host: ask at once, use the item only when one mail is selected.
  const selecting = getSelectedItems().catch(() => []);
  const reading = readCurrentItem();
  reading.catch(() => undefined);
  const selected = await selecting;
  if (selected.length > 1) return { kind: 'selection', items: selected.map(toMailRef) };
  const current = await reading;
  if (current === null) return { kind: 'none' };
  if (current.mode === 'read') {
    const read = {
      kind: 'read',
      itemId: toRestId(current.itemId),
      message: current.message,
    } as const;
    return current.mailbox === undefined ? read : { ...read, mailbox: current.mailbox };
  }
  const dossier = await getDraftDossier().catch(() => null);
  return { kind: 'compose', message: current.message, dossier };
}
