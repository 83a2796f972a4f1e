import PostalMime from 'postal-mime';
import { convert } from 'html-to-text';
import { asSourceId } from '../../src/core/ids';
import type { Attachment, Message, Party } from '../../src/core/message';

/** The headers the core looks at; the rest of a raw message's header block is dropped. */
export const ASSESSED_HEADERS = [
  'list-unsubscribe',
  'list-id',
  'list-post',
  'precedence',
  'auto-submitted',
  'x-auto-response-suppress',
  'x-autoreply',
  'x-autorespond',
  'content-class',
  'in-reply-to',
  'references',
] as const;

type Address = NonNullable<PostalMime.Email['from']>;

function parties(addresses: readonly Address[] | undefined): Party[] {
  return (addresses ?? []).flatMap((address) =>
    address.group === undefined
      ? [party(address.name, address.address)]
      : address.group.map((member) => party(member.name, member.address)),
  );
}

function party(name: string, address: string): Party {
  const lower = address.toLowerCase();
  return name === '' ? { address: lower } : { name, address: lower };
}

function headersOf(email: PostalMime.Email): Record<string, string> {
  const wanted = new Set<string>(ASSESSED_HEADERS);
  const headers: Record<string, string> = {};
  for (const header of email.headers) {
    if (wanted.has(header.key) && headers[header.key] === undefined) {
      headers[header.key] = header.value;
    }
  }
  return headers;
}

function attachmentsOf(email: PostalMime.Email): Attachment[] {
  return email.attachments.map((attachment) => {
    const size =
      typeof attachment.content === 'string'
        ? attachment.content.length
        : attachment.content.byteLength;
    return {
      name: attachment.filename ?? '',
      size,
      contentType: attachment.mimeType,
    };
  });
}

/** Parses a full RFC 822 message into the core's Message (postal-mime does the MIME work). */
export async function messageFromRfc822(raw: string, fallbackId: string): Promise<Message> {
  const email = await PostalMime.parse(raw);
  const bodyText =
    email.text ?? (email.html === undefined ? '' : convert(email.html, { wordwrap: false }));
  const from = email.from === undefined ? [] : parties([email.from]);
  const sent = email.date === undefined ? undefined : new Date(email.date);
  return {
    kind: 'mail',
    id: asSourceId(email.messageId ?? fallbackId),
    subject: email.subject ?? '',
    ...(from[0] === undefined ? {} : { from: from[0] }),
    to: parties(email.to),
    cc: parties(email.cc),
    ...(sent === undefined || Number.isNaN(sent.getTime()) ? {} : { sent }),
    bodyText,
    ...(email.html === undefined ? {} : { bodyHtml: email.html }),
    headers: headersOf(email),
    attachments: attachmentsOf(email),
  };
}
