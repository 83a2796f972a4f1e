import type { OfficeSelectedItem } from '../../host/office-subset';
import type { GraphMail, GraphMailWire } from './graph-mail';

/** Reads a mail's subject, conversation and Message-ID: fields that never change once sent. */
export type MailIdentities = (id: string) => Promise<GraphMailWire>;

/**
 * Reads identities through Graph once per mail; `known` takes what another read already gave
 * (the open mail), so selecting it again costs no request.
 */
export function mailIdentities(mail: GraphMail): {
  read: MailIdentities;
  known: (wire: GraphMailWire) => void;
} {
  const cache = new Map<string, Promise<GraphMailWire>>();
  return {
    read: (id) => {
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      const reading = mail.message(id);
      cache.set(id, reading);
      reading.catch(() => cache.delete(id));
      return reading;
    },
    known: (wire) => void cache.set(wire.id, Promise.resolve(wire)),
  };
}

/** Office's answer to `getSelectedItemsAsync` for the selected Graph ids (at most 100, as Outlook). */
export async function selectedItems(
  identities: MailIdentities,
  ids: readonly string[],
): Promise<OfficeSelectedItem[]> {
  const wires = await Promise.all(ids.slice(0, 100).map(identities));
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
