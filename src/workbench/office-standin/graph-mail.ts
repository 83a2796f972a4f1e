/** The message fields the stand-in reads from Graph. */
export interface GraphMailWire {
  readonly id: string;
  readonly subject?: string;
  readonly from?: { readonly emailAddress?: { readonly name?: string; readonly address?: string } };
  readonly toRecipients?: readonly {
    readonly emailAddress?: { readonly name?: string; readonly address?: string };
  }[];
  readonly ccRecipients?: readonly {
    readonly emailAddress?: { readonly name?: string; readonly address?: string };
  }[];
  readonly receivedDateTime?: string;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly categories?: readonly string[];
}

/** A file attached to a mail, without its content. */
export interface GraphAttachmentWire {
  readonly name?: string;
  readonly contentType?: string;
  readonly size?: number;
  readonly isInline?: boolean;
}

/** What Outlook knows of an open mail without its MIME: the body as text, headers, attachments. */
export interface GraphOpenMailWire extends GraphMailWire {
  readonly body?: { readonly content?: string };
  readonly hasAttachments?: boolean;
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[];
  /** Absent when the server could not list them; `hasAttachments` says whether there are any. */
  readonly attachments?: readonly GraphAttachmentWire[];
}

const SELECT =
  'id,subject,from,toRecipients,ccRecipients,receivedDateTime,internetMessageId,conversationId,categories';
const OPEN_SELECT = `${SELECT},body,hasAttachments,internetMessageHeaders`;
const ATTACHMENTS = 'attachments($select=name,contentType,size,isInline)';

/**
 * Reads mails from the local record system's Graph mail endpoints, in the user's own mailbox
 * (`mailbox` null) or a shared one, by the REST ids Outlook knows them by.
 */
export interface GraphMail {
  /**
   * The mail's identity: use only what never changes once a mail is sent (subject, conversation,
   * Message-ID). Read once per mail; a mail read with `openMessage` costs no request.
   */
  identity(id: string, mailbox?: string | null): Promise<GraphMailWire>;
  /** The mail as an open item: one request, the body converted to text by the server. */
  openMessage(id: string, mailbox?: string | null): Promise<GraphOpenMailWire>;
  mime(id: string, mailbox?: string | null): Promise<Uint8Array>;
}

/** A Graph mail reader with the given token, over fetch. */
export function graphMail(
  baseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): GraphMail {
  const get = async (path: string, headers: Record<string, string> = {}): Promise<Response> => {
    const response = await fetchImpl(`${baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}`, ...headers },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response;
  };
  const path = (id: string, mailbox: string | null = null) =>
    `${mailbox === null ? '/me' : `/users/${encodeURIComponent(mailbox)}`}/messages/${encodeURIComponent(id)}`;
  const identities = new Map<string, Promise<GraphMailWire>>();
  const remember = <T extends GraphMailWire>(id: string, reading: Promise<T>): Promise<T> => {
    identities.set(id, reading);
    reading.catch(() => identities.delete(id));
    return reading;
  };
  return {
    identity: (id, mailbox = null) =>
      identities.get(id) ??
      remember(
        id,
        get(`${path(id, mailbox)}?$select=${SELECT}`).then(
          async (response) => (await response.json()) as GraphMailWire,
        ),
      ),
    openMessage: (id, mailbox = null) =>
      remember(
        id,
        get(`${path(id, mailbox)}?$select=${OPEN_SELECT}&$expand=${ATTACHMENTS}`, {
          Prefer: 'outlook.body-content-type="text"',
        }).then(async (response) => (await response.json()) as GraphOpenMailWire),
      ),
    mime: async (id, mailbox = null) =>
      new Uint8Array(await (await get(`${path(id, mailbox)}/$value`)).arrayBuffer()),
  };
}
