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

const SELECT =
  'id,subject,from,toRecipients,ccRecipients,receivedDateTime,internetMessageId,conversationId,categories';

/** Reads mails from the local record system's Graph mail endpoints. */
export interface GraphMail {
  message(id: string): Promise<GraphMailWire>;
  mime(id: string): Promise<Uint8Array>;
}

/** A Graph mail reader with the given token, over fetch. */
export function graphMail(
  baseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): GraphMail {
  const get = async (path: string): Promise<Response> => {
    const response = await fetchImpl(`${baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response;
  };
  const path = (id: string) => `/me/messages/${encodeURIComponent(id)}`;
  return {
    message: async (id) =>
      (await (await get(`${path(id)}?$select=${SELECT}`)).json()) as GraphMailWire,
    mime: async (id) => new Uint8Array(await (await get(`${path(id)}/$value`)).arrayBuffer()),
  };
}
