import type { GraphClient } from '../graph-client';
import { sendOk } from '../request';
import { contentFromBlob, type ContentSource } from '../records/content-source';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/** A message's full MIME as a stream, with its length when the server says. */
export interface MimeStream {
  readonly stream: ReadableStream<Uint8Array>;
  readonly size?: number;
}

/**
 * The full MIME of a message (`GET /me/messages/{id}/$value`), streamed: the caller reads it
 * piece by piece (to disk, to a Blob) and never needs it whole in memory. `messageId` is the
 * immutable id (Office.js ids go through `convertToRestId` and {@link toImmutableIds} first).
 */
export async function getMessageMime(
  client: GraphClient,
  messageId: string,
  options: MailboxOptions = {},
): Promise<MimeStream> {
  const response = await sendOk(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/messages/${encodeURIComponent(messageId)}/$value`,
    headers: IMMUTABLE_IDS,
    label: 'mail.mime',
  });
  if (response.body === null) return { stream: new Blob([]).stream() };
  const length = Number(response.headers.get('content-length') ?? NaN);
  return { stream: response.body, ...(Number.isFinite(length) ? { size: length } : {}) };
}

/**
 * The full MIME as content to file. The stream is collected in a Blob, which browsers keep out
 * of the JavaScript heap for large messages; the filing then reads it in chunks.
 */
export async function getMessageMimeContent(
  client: GraphClient,
  messageId: string,
  options: MailboxOptions = {},
): Promise<ContentSource> {
  const { stream } = await getMessageMime(client, messageId, options);
  return contentFromBlob(await new Response(stream).blob());
}
