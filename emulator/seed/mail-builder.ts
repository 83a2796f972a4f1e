import { createHash } from 'node:crypto';
import type { MailDelivery } from '../mail/store-mail';
import { textToHtml } from '../mail/text-to-html';
import type { MimeAddress, MimeAttachment } from '../mime/mime-message';

/** A demo mail as written in the seed files. */
export interface SeedMail {
  readonly from: MimeAddress;
  readonly to: readonly MimeAddress[];
  readonly cc?: readonly MimeAddress[];
  readonly subject: string;
  /** When it was sent, ISO 8601 UTC. */
  readonly at: string;
  readonly text: string;
  readonly attachments?: readonly MimeAttachment[];
  readonly headers?: readonly (readonly [string, string])[];
  readonly calendar?: { readonly method: string; readonly content: string };
  /** Plain text only (automated mail); default is text with an HTML alternative. */
  readonly plainOnly?: boolean;
  readonly isRead?: boolean;
  readonly importance?: 'low' | 'normal' | 'high';
  /** Message-ID of the mail this one answers; sets In-Reply-To and References. */
  readonly inReplyTo?: string;
}

/** The Message-ID a seed mail gets: stable, from its sender, time and subject. */
export function messageIdOf(mail: Pick<SeedMail, 'from' | 'at' | 'subject'>): string {
  const hash = createHash('sha1')
    .update(`${mail.from.address}|${mail.at}|${mail.subject}`)
    .digest('hex')
    .slice(0, 16);
  const domain = mail.from.address.split('@')[1] ?? 'bronvast.example';
  return `<${mail.at.replace(/\D/g, '').slice(0, 14)}.${hash}@${domain}>`;
}

/** Turns a seed mail into a delivery for a mailbox folder. */
export function deliver(
  mailbox: string,
  folder: MailDelivery['folder'],
  mail: SeedMail,
): MailDelivery {
  const reply: [string, string][] =
    mail.inReplyTo === undefined
      ? []
      : [
          ['In-Reply-To', mail.inReplyTo],
          ['References', mail.inReplyTo],
        ];
  const date = new Date(mail.at);
  return {
    mailbox,
    folder,
    receivedAt: new Date(date.getTime() + 4000),
    isRead: mail.isRead ?? folder === 'sentitems',
    importance: mail.importance ?? 'normal',
    mime: {
      from: mail.from,
      to: mail.to,
      cc: mail.cc ?? [],
      subject: mail.subject,
      date,
      messageId: messageIdOf(mail),
      headers: [...reply, ...(mail.headers ?? [])],
      text: mail.text,
      ...(mail.plainOnly === true ? {} : { html: textToHtml(mail.text) }),
      ...(mail.calendar === undefined ? {} : { calendar: mail.calendar }),
      attachments: mail.attachments ?? [],
    },
  };
}
