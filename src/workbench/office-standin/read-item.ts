import type {
  OfficeAttachment,
  OfficeCustomProperties,
  OfficeEmailAddress,
  OfficeMailboxItem,
  OfficeNotification,
  OfficeReadItem,
} from '../../host/office-subset';
import { respond } from './async-result';
import type {
  GraphAttachmentWire,
  GraphMail,
  GraphMailWire,
  GraphOpenMailWire,
} from './graph-mail';

type WireAddress = {
  readonly emailAddress?: { readonly name?: string; readonly address?: string };
};

const address = (wire: WireAddress | undefined): OfficeEmailAddress => ({
  displayName: wire?.emailAddress?.name ?? '',
  emailAddress: wire?.emailAddress?.address ?? '',
});

/** The header block Outlook gives for a mail, from Graph's list of its headers. */
export function headerLines(headers: GraphOpenMailWire['internetMessageHeaders']): string {
  return (headers ?? []).map(({ name, value }) => `${name}: ${value}`).join('\r\n');
}

/**
 * Loads a mail through Graph and shapes it as Office's read item. Like Outlook, it has the body,
 * headers and attachment list at hand without the MIME, which is fetched (and kept) only where
 * Graph gives no attachment list. Bronvast files the MIME from Graph's `$value`, never from
 * `getAsFileAsync`, so the stand-in does not offer it.
 */
export async function loadReadItem(
  mail: GraphMail,
  id: string,
  onNotice: (key: string, notice: OfficeNotification) => void,
  mailbox: string | null = null,
): Promise<OfficeMailboxItem> {
  const wire = await mail.openMessage(id, mailbox);
  let mime: Promise<Uint8Array> | null = null;
  const mimeBytes = (): Promise<Uint8Array> => {
    mime ??= mail.mime(id, mailbox);
    mime.catch(() => (mime = null));
    return mime;
  };
  const attachments = await attachmentsOf(wire, mimeBytes);
  const bodyText = wire.body?.content ?? '';
  return {
    itemType: 'message',
    itemId: wire.id,
    ...identity(wire),
    attachments,
    body: { getAsync: (_type, callback) => respond(callback, () => bodyText) },
    categories: {
      getAsync: (callback) =>
        respond(callback, () => (wire.categories ?? []).map((name) => ({ displayName: name }))),
    },
    getAllInternetHeadersAsync: (callback) =>
      respond(callback, () => headerLines(wire.internetMessageHeaders)),
    loadCustomPropertiesAsync: (callback) => respond(callback, () => memoryProperties()),
    ...(mailbox === null ? {} : sharedProperties(mailbox)),
    notificationMessages: {
      replaceAsync: (key, details, callback) => respond(callback, () => onNotice(key, details)),
    },
  };
}

/**
 * Office's attachment list from Graph's; where Graph gave none for a mail that has attachments,
 * from the MIME itself (the MIME reader loads only then).
 */
async function attachmentsOf(
  wire: GraphOpenMailWire,
  mimeBytes: () => Promise<Uint8Array>,
): Promise<OfficeAttachment[]> {
  const listed = wire.attachments !== undefined || wire.hasAttachments !== true;
  const attachments: readonly GraphAttachmentWire[] = listed
    ? (wire.attachments ?? [])
    : await attachmentsInMime(await mimeBytes());
  return attachments.map((attachment, index) => ({
    id: `${wire.id}:${index}`,
    name: attachment.name ?? '',
    size: attachment.size ?? 0,
    ...(attachment.contentType === undefined ? {} : { contentType: attachment.contentType }),
    isInline: attachment.isInline ?? false,
  }));
}

async function attachmentsInMime(bytes: Uint8Array): Promise<readonly GraphAttachmentWire[]> {
  const { parseEml } = await import('../../mime');
  const parsed = await parseEml(bytes);
  return parsed.ok ? parsed.message.attachments : [];
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

/**
 * What Outlook gives an item opened from a shared mailbox: `getSharedPropertiesAsync`, whose
 * `targetMailbox` names the mailbox for Graph's `/users/{targetMailbox}` (Mailbox 1.13). The
 * delegate has Full Access: read, write, delete (Office.MailboxEnums.DelegatePermissions 1|2|16|32).
 */
function sharedProperties(mailbox: string): Pick<OfficeReadItem, 'getSharedPropertiesAsync'> {
  return {
    getSharedPropertiesAsync: (callback) =>
      respond(callback, () => ({
        targetMailbox: mailbox,
        owner: mailbox,
        delegatePermissions: 51,
      })),
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
