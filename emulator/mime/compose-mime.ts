import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MimeAddress, MimeMessage } from './mime-message';

const address = ({ name, address }: MimeAddress) => ({ name, address });

/**
 * Writes the message as MIME with nodemailer's composer: headers folded and encoded as RFC 2047
 * words where they need it, text parts quoted-printable, attachments base64, CRLF line ends. The
 * boundaries come from the Message-ID, so the same input gives the same bytes. Nothing is read
 * from files or URLs.
 */
export async function composeMime(message: MimeMessage): Promise<string> {
  const composer = new MailComposer({
    from: address(message.from),
    to: message.to.map(address),
    cc: message.cc.map(address),
    subject: message.subject,
    date: message.date,
    messageId: message.messageId,
    headers: [
      ...message.headers.map(([key, value]) => ({ key, value })),
      { key: 'Content-Language', value: 'nl-NL' },
    ],
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    // A meeting response carries its iCalendar as an alternative body, not as an attachment.
    ...(message.calendar === undefined
      ? {}
      : {
          alternatives: [
            {
              contentType: `text/calendar; method=${message.calendar.method}; charset=utf-8`,
              content: message.calendar.content,
            },
          ],
        }),
    attachments: message.attachments.map((attachment) => ({
      filename: attachment.name,
      contentType: attachment.contentType,
      content: attachment.content,
    })),
    textEncoding: 'quoted-printable',
    baseBoundary: createHash('sha1').update(message.messageId).digest('hex').slice(0, 24),
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
    newline: 'windows',
  });
  const bytes = await composer.compile().build();
  return bytes.toString('utf8');
}
