import { randomBytes } from 'node:crypto';
import type { GraphContext } from '../../context';
import { asRecord, readJsonObject } from '../../http/body';
import { failure, success, type EmulatorResponse, type Outcome } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { empty } from '../../http/respond';
import type { MimeAddress, MimeAttachment, MimeMessage } from '../../mime/mime-message';
import { storeMail } from '../../mail/store-mail';
import { htmlToText } from '../../mail/text-to-html';
import type { UserRecord } from '../../store/records';
import { findUser } from '../../store/users';

const bad = (code: string, message: string) => graphError(400, code, message);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * `POST /me/sendMail`: writes the JSON message as MIME into the sender's Sent Items (unless
 * saveToSentItems is false) and delivers it to the inboxes of seeded recipients. Custom
 * internetMessageHeaders become MIME headers; singleValueExtendedProperties stay on the sent copy.
 */
export async function sendMail(context: GraphContext): Promise<EmulatorResponse> {
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const message = asRecord(body.value['message']);
  if (message === undefined)
    return bad('ErrorInvalidRequest', "The 'message' property is required.");
  const mime = mimeOfRequest(context.user, message, context.store.now());
  if (!mime.ok) return mime.response;
  if (body.value['saveToSentItems'] !== false) {
    const extendedProperties = extendedPropertiesOf(message['singleValueExtendedProperties']);
    await storeMail(context.store, {
      mailbox: context.user.upn,
      folder: 'sentitems',
      mime: mime.value,
      receivedAt: mime.value.date,
      isRead: true,
      extendedProperties,
    });
  }
  for (const recipient of [...mime.value.to, ...mime.value.cc]) {
    const user = findUser(context.store, recipient.address);
    if (user === undefined) continue;
    await storeMail(context.store, {
      mailbox: user.upn,
      folder: 'inbox',
      mime: mime.value,
      receivedAt: mime.value.date,
      isRead: false,
    });
  }
  return empty(202);
}

/** The MIME message a sendMail body describes, or why it cannot be sent. */
function mimeOfRequest(
  user: UserRecord,
  message: Readonly<Record<string, unknown>>,
  now: Date,
): Outcome<MimeMessage> {
  const to = recipients(message['toRecipients']);
  const cc = recipients(message['ccRecipients']);
  if (to === undefined || cc === undefined || to.length + cc.length === 0) {
    return failure(bad('ErrorInvalidRecipients', 'At least one recipient is not valid.'));
  }
  const headers = customHeaders(message['internetMessageHeaders']);
  if (typeof headers === 'string') return failure(bad('InvalidInternetMessageHeader', headers));
  const attachments = fileAttachments(message['attachments']);
  if (attachments === undefined) {
    return failure(
      bad('ErrorInvalidRequest', 'Only file attachments with name and contentBytes are supported.'),
    );
  }
  const content = asRecord(message['body']);
  const isHtml =
    typeof content?.['contentType'] === 'string' && content['contentType'].toLowerCase() === 'html';
  const bodyText = typeof content?.['content'] === 'string' ? content['content'] : '';
  return success({
    from: { name: user.displayName, address: user.upn },
    to,
    cc,
    subject:
      typeof message['subject'] === 'string' ? message['subject'].replace(/[\r\n]+/g, ' ') : '',
    date: now,
    messageId: `<${randomBytes(12).toString('hex')}@bronvast.example>`,
    headers,
    text: isHtml ? htmlToText(bodyText) : bodyText,
    ...(isHtml ? { html: bodyText } : {}),
    attachments,
  });
}

function recipients(value: unknown): MimeAddress[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const result: MimeAddress[] = [];
  for (const entry of value) {
    const address = asRecord(asRecord(entry)?.['emailAddress']);
    const text = address?.['address'];
    const name = typeof address?.['name'] === 'string' ? address['name'] : '';
    // CR, LF or any control character would let an address write headers of its own (Bcc).
    if (typeof text !== 'string' || !/^[^\s@<>]+@[^\s@<>]+$/.test(text) || CONTROL.test(name))
      return undefined;
    result.push({ name, address: text });
  }
  return result;
}

function customHeaders(value: unknown): [string, string][] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return 'internetMessageHeaders must be an array.';
  const headers: [string, string][] = [];
  for (const entry of value) {
    const name = asRecord(entry)?.['name'];
    const text = asRecord(entry)?.['value'];
    if (typeof name !== 'string' || typeof text !== 'string')
      return 'Each internet message header needs a name and a value.';
    if (!/^x-[\w-]+$/i.test(name))
      return `The internet message header name '${name}' should start with 'x-' or 'X-'.`;
    headers.push([name, text.replace(/[\r\n]+/g, ' ')]);
  }
  return headers;
}

function fileAttachments(value: unknown): MimeAttachment[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const attachments: MimeAttachment[] = [];
  for (const entry of value) {
    const record = asRecord(entry);
    const name = record?.['name'];
    const bytes = record?.['contentBytes'];
    if (typeof name !== 'string' || typeof bytes !== 'string') return undefined;
    const contentType =
      typeof record?.['contentType'] === 'string'
        ? record['contentType']
        : 'application/octet-stream';
    attachments.push({ name, contentType, content: Buffer.from(bytes, 'base64') });
  }
  return attachments;
}

function extendedPropertiesOf(value: unknown): { id: string; value: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const id = asRecord(entry)?.['id'];
    const text = asRecord(entry)?.['value'];
    return typeof id === 'string' && typeof text === 'string' ? [{ id, value: text }] : [];
  });
}
