import { createHash } from 'node:crypto';
import {
  formatAddress,
  formatMailDate,
  encodeWord,
  quotedPrintable,
  wrappedBase64,
} from './encoding';

const CRLF = '\r\n';

/** A mail address with display name. */
export interface MimeAddress {
  readonly name: string;
  readonly address: string;
}

/** A file attached to a message. */
export interface MimeAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** Everything needed to write a message as RFC 5322 text. */
export interface MimeMessage {
  readonly from: MimeAddress;
  readonly to: readonly MimeAddress[];
  readonly cc: readonly MimeAddress[];
  readonly subject: string;
  readonly date: Date;
  readonly messageId: string;
  /** Extra headers in order, e.g. In-Reply-To, List-Unsubscribe, X-Bronvast-Dossier. */
  readonly headers: readonly (readonly [string, string])[];
  readonly text: string;
  /** When present the body is multipart/alternative with this HTML beside the text. */
  readonly html?: string;
  /** An iCalendar body part (meeting responses), added to the alternatives. */
  readonly calendar?: { readonly method: string; readonly content: string };
  readonly attachments: readonly MimeAttachment[];
}

/** Writes the message as MIME text with CRLF line ends; the same input gives the same bytes. */
export function buildMime(message: MimeMessage): string {
  const boundary = (kind: string) =>
    `----=_Part_${kind}_${createHash('sha1')
      .update(message.messageId + kind)
      .digest('hex')
      .slice(0, 24)}`;
  const headers = [
    `From: ${formatAddress(message.from)}`,
    `To: ${message.to.map(formatAddress).join(', ')}`,
    ...(message.cc.length > 0 ? [`Cc: ${message.cc.map(formatAddress).join(', ')}`] : []),
    `Subject: ${encodeWord(message.subject)}`,
    `Date: ${formatMailDate(message.date)}`,
    `Message-ID: ${message.messageId}`,
    ...message.headers.map(([name, value]) => `${name}: ${value}`),
    'MIME-Version: 1.0',
    'Content-Language: nl-NL',
  ];
  const body = bodyPart(message, boundary('alt'));
  if (message.attachments.length === 0)
    return [...headers, ...body.headers, '', body.content, ''].join(CRLF);
  const mixed = boundary('mixed');
  const parts = [
    [...body.headers, '', body.content].join(CRLF),
    ...message.attachments.map(attachmentPart),
  ];
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.map((part) => `--${mixed}${CRLF}${part}`),
    `--${mixed}--`,
    '',
  ].join(CRLF);
}

function bodyPart(
  message: MimeMessage,
  alternative: string,
): { headers: string[]; content: string } {
  const text = textPart('text/plain', message.text);
  const parts = [
    text,
    ...(message.html === undefined ? [] : [textPart('text/html', message.html)]),
    ...(message.calendar === undefined
      ? []
      : [textPart(`text/calendar; method=${message.calendar.method}`, message.calendar.content)]),
  ];
  if (parts.length === 1) return text;
  const content = [
    ...parts.flatMap((part) => [`--${alternative}`, ...part.headers, '', part.content]),
    `--${alternative}--`,
  ].join(CRLF);
  return { headers: [`Content-Type: multipart/alternative; boundary="${alternative}"`], content };
}

function textPart(type: string, content: string): { headers: string[]; content: string } {
  const [mediaType, ...parameters] = type.split('; ');
  return {
    headers: [
      `Content-Type: ${[mediaType, ...parameters, 'charset="utf-8"'].join('; ')}`,
      'Content-Transfer-Encoding: quoted-printable',
    ],
    content: quotedPrintable(content),
  };
}

function attachmentPart(attachment: MimeAttachment): string {
  const name = encodeWord(attachment.name);
  return [
    `Content-Type: ${attachment.contentType}; name="${name}"`,
    `Content-Description: ${name}`,
    `Content-Disposition: attachment; filename="${name}"; size=${attachment.content.length}`,
    'Content-Transfer-Encoding: base64',
    '',
    wrappedBase64(attachment.content),
  ].join(CRLF);
}

/** The top-level headers of MIME text, unfolded, in order (Graph's internetMessageHeaders). */
export function topLevelHeaders(mime: string): { name: string; value: string }[] {
  const end = mime.indexOf(`${CRLF}${CRLF}`);
  const block = (end < 0 ? mime : mime.slice(0, end)).replace(/\r\n[ \t]+/g, ' ');
  return block.split(CRLF).flatMap((line) => {
    const colon = line.indexOf(':');
    return colon <= 0 ? [] : [{ name: line.slice(0, colon), value: line.slice(colon + 1).trim() }];
  });
}
