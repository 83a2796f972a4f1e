import type { OfficeSelectedItem } from '../../host/office-subset';
import type { GraphMail } from './graph-mail';

/** Office's answer to `getSelectedItemsAsync` for the selected Graph ids (at most 100, as Outlook). */
export async function selectedItems(
  mail: GraphMail,
  ids: readonly string[],
  mailbox: string | null = null,
): Promise<OfficeSelectedItem[]> {
  const wires = await Promise.all(ids.slice(0, 100).map((id) => mail.identity(id, mailbox)));
  return wires.map((wire) => ({
    itemId: wire.id,
    itemType: 'message',
    itemMode: 'read',
    subject: wire.subject ?? '',
    ...(wire.conversationId === undefined ? {} : { conversationId: wire.conversationId }),
    ...(wire.internetMessageId === undefined ? {} : { internetMessageId: wire.internetMessageId }),
    hasAttachment: false,
  }));
}
