import { sendJson, sendOk } from '../graph/request';
import { customPropertiesId, type GraphClient } from '../graph';
import { mailboxPath } from '../graph/mail/mailbox-path';
import { ADDIN_ID } from '../host';

/** The folders the workbench shows. */
export type WorkbenchFolder = 'inbox' | 'sentitems' | 'archive';

/** A folder in the folder tree: of the user's own mailbox (null), or of a shared mailbox. */
export interface FolderRef {
  readonly mailbox: string | null;
  readonly folder: WorkbenchFolder;
}

/** `/me` for one's own mailbox, `/users/{address}` for a shared one (as Outlook asks Graph). */
const root = (mailbox: string | null): string => mailboxPath(mailbox === null ? {} : { mailbox });

/** A mail in the message list. */
export interface MailSummary {
  readonly id: string;
  readonly subject: string;
  readonly from: string;
  readonly received: string;
  readonly categories: readonly string[];
  readonly conversationId: string;
  readonly isRead: boolean;
  readonly hasAttachments: boolean;
}

/** A mail in the reading view. */
export interface MailDetail extends MailSummary {
  readonly to: readonly string[];
  readonly bodyText: string;
}

interface Address {
  readonly emailAddress?: { readonly name?: string; readonly address?: string };
}

/** The fields of Graph's message the workbench reads. */
interface MessageWire {
  readonly id: string;
  readonly subject?: string;
  readonly from?: Address;
  readonly toRecipients?: readonly Address[];
  readonly receivedDateTime?: string;
  readonly categories?: readonly string[];
  readonly conversationId?: string;
  readonly isRead?: boolean;
  readonly hasAttachments?: boolean;
  readonly body?: { readonly contentType?: string; readonly content?: string };
}

const party = (address: Address | undefined): string =>
  address?.emailAddress?.name || address?.emailAddress?.address || '';

function toSummary(message: MessageWire): MailSummary {
  return {
    id: message.id,
    subject: message.subject ?? '',
    from: party(message.from),
    received: message.receivedDateTime ?? '',
    categories: message.categories ?? [],
    conversationId: message.conversationId ?? '',
    isRead: message.isRead ?? true,
    hasAttachments: message.hasAttachments ?? false,
  };
}

/** The newest 500 mails of a folder (the demo mailbox holds ten weeks of mail). */
export async function listFolder(
  client: GraphClient,
  { mailbox, folder }: FolderRef,
): Promise<MailSummary[]> {
  const page = await sendJson<{ readonly value: readonly MessageWire[] }>(client, {
    method: 'GET',
    url: `${root(mailbox)}/mailFolders/${folder}/messages`,
    query: {
      $top: '500',
      $select: 'id,subject,from,receivedDateTime,categories,conversationId,isRead,hasAttachments',
      $orderby: 'receivedDateTime desc',
    },
    label: 'workbench.folder',
  });
  return page.value.map(toSummary);
}

/** One mail with its text, for the reading view. */
export async function getMail(
  client: GraphClient,
  id: string,
  mailbox: string | null = null,
): Promise<MailDetail> {
  const message = await sendJson<MessageWire>(client, {
    method: 'GET',
    url: `${root(mailbox)}/messages/${encodeURIComponent(id)}`,
    headers: { Prefer: 'outlook.body-content-type="text"' },
    label: 'workbench.message',
  });
  return {
    ...toSummary(message),
    to: (message.toRecipients ?? []).map(party),
    bodyText: plainText(message.body),
  };
}

/** The body as text; an HTML body is reduced to its text by the browser's own parser. */
function plainText(body: MessageWire['body']): string {
  const content = body?.content ?? '';
  if (body?.contentType?.toLowerCase() !== 'html') return content;
  return new DOMParser().parseFromString(content, 'text/html').body.innerText;
}

/** Marks a mail as read, as Outlook does when it is opened. */
export async function markRead(
  client: GraphClient,
  id: string,
  mailbox: string | null = null,
): Promise<void> {
  await sendOk(client, {
    method: 'PATCH',
    url: `${root(mailbox)}/messages/${encodeURIComponent(id)}`,
    json: { isRead: true },
    label: 'workbench.read',
  });
}

/** What the compose window sends. */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The add-in's custom properties on the draft. */
  readonly properties: Readonly<Record<string, string>>;
}

/**
 * Sends a mail through `POST /me/sendMail`, with its `X-` headers; a copy lands in Sent Items.
 * As Outlook does, the add-in's custom properties go with the item itself, not with the mail to
 * the recipients: the named property `cecp-<add-in id>` of the new message, which the copy in
 * Sent Items keeps (https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties
 * creates it "in a new ... instance").
 */
export async function sendMail(client: GraphClient, mail: OutgoingMail): Promise<void> {
  const recipients = (list: readonly string[]) =>
    list.map((address) => ({ emailAddress: { address } }));
  const headers = Object.entries(mail.headers).map(([name, value]) => ({ name, value }));
  const properties =
    Object.keys(mail.properties).length === 0
      ? []
      : [{ id: customPropertiesId(ADDIN_ID), value: JSON.stringify(mail.properties) }];
  await sendOk(client, {
    method: 'POST',
    url: '/me/sendMail',
    json: {
      message: {
        subject: mail.subject,
        body: { contentType: 'Text', content: mail.body },
        toRecipients: recipients(mail.to),
        ccRecipients: recipients(mail.cc),
        ...(headers.length === 0 ? {} : { internetMessageHeaders: headers }),
        ...(properties.length === 0 ? {} : { singleValueExtendedProperties: properties }),
      },
      saveToSentItems: true,
    },
    label: 'workbench.send',
  });
}
