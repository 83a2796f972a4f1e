import type {
  OfficeCustomProperties,
  OfficeEmailAddress,
  OfficeMailboxItem,
  OfficeNotification,
} from '../../host/office-subset';
import { parseEml } from '../../mime';
import { respond } from './async-result';
import type { GraphMail, GraphMailWire } from './graph-mail';

type WireAddress = {
  readonly emailAddress?: { readonly name?: string; readonly address?: string };
};

const address = (wire: WireAddress | undefined): OfficeEmailAddress => ({
  displayName: wire?.emailAddress?.name ?? '',
  emailAddress: wire?.emailAddress?.address ?? '',
});

/** The header block of a raw mail: everything before the first empty line. */
export function headerBlock(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(
    bytes.subarray(0, Math.min(bytes.length, 256 * 1024)),
  );
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Base64 of bytes, in chunks so large mails do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * Loads a mail through Graph and shapes it as Office's read item: the properties Office gives
 * synchronously are filled in up front; the `*Async` methods answer from what was loaded.
 */
export async function loadReadItem(
  mail: GraphMail,
  id: string,
  onNotice: (key: string, notice: OfficeNotification) => void,
): Promise<OfficeMailboxItem> {
  const [wire, bytes] = await Promise.all([mail.message(id), mail.mime(id)]);
  const parsed = await parseEml(bytes);
  const bodyText = parsed.ok ? parsed.message.bodyText : '';
  const attachments = parsed.ok ? parsed.message.attachments : [];
  return {
    itemType: 'message',
    itemId: wire.id,
    ...identity(wire),
    attachments: attachments.map((attachment, index) => ({
      id: `${wire.id}:${index}`,
      name: attachment.name,
      size: attachment.size,
      ...(attachment.contentType === undefined ? {} : { contentType: attachment.contentType }),
      isInline: false,
    })),
    body: { getAsync: (_type, callback) => respond(callback, () => bodyText) },
    categories: {
      getAsync: (callback) =>
        respond(callback, () => (wire.categories ?? []).map((name) => ({ displayName: name }))),
    },
    getAsFileAsync: (callback) => respond(callback, () => toBase64(bytes)),
    getAllInternetHeadersAsync: (callback) => respond(callback, () => headerBlock(bytes)),
    loadCustomPropertiesAsync: (callback) => respond(callback, () => memoryProperties()),
    notificationMessages: {
      replaceAsync: (key, details, callback) => respond(callback, () => onNotice(key, details)),
    },
  };
}

function identity(wire: GraphMailWire) {
  return {
    subject: wire.subject ?? '',
    from: address(wire.from),
    to: (wire.toRecipients ?? []).map(address),
    cc: (wire.ccRecipients ?? []).map(address),
    dateTimeCreated: new Date(wire.receivedDateTime ?? 0),
    internetMessageId: wire.internetMessageId ?? '',
    conversationId: wire.conversationId ?? '',
  };
}

/** Custom properties of a read item, kept for the page's lifetime only. */
function memoryProperties(): OfficeCustomProperties {
  const values = new Map<string, string>();
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    remove: (name) => void values.delete(name),
    saveAsync: (callback) => respond(callback, () => undefined),
  };
}
