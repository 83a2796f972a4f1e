import type { Email } from 'postal-mime';
import type { SourceId, Message } from '../core';
import { attachmentsFrom } from './attachments';
import { conversationIdOf } from './conversation-id';
import { textFromHtml } from './html-text';
import { keepHeaders } from './kept-headers';
import { parseMailDate, receivedDate } from './mail-date';
import { partiesFrom } from './parties';
import { repairWindows1252 } from './windows-1252';

/** Maps a parsed mail onto the core's `Message`; `id` is its internetMessageId or a content hash. */
export function messageFromEmail(email: Email, id: SourceId): Message {
  const header = (key: string): string | undefined =>
    email.headers.find((h) => h.key === key)?.value;
  const subject = repairWindows1252(email.subject ?? '').trim();
  const from = partiesFrom(email.from === undefined ? [] : [email.from])[0];
  const sent = parseMailDate(header('date'));
  const received = receivedDate(header('received'));
  const conversationId = conversationIdOf({
    references: header('references'),
    inReplyTo: header('in-reply-to'),
    threadIndex: header('thread-index'),
    ...(id.startsWith('sha256:') ? {} : { messageId: id }),
    subject,
  });
  const bodyHtml = email.html === undefined ? undefined : repairWindows1252(email.html);
  return {
    kind: 'mail',
    id,
    ...(conversationId === undefined ? {} : { conversationId }),
    subject,
    ...(from === undefined ? {} : { from }),
    to: partiesFrom(email.to),
    cc: partiesFrom(email.cc),
    ...(sent === undefined ? {} : { sent }),
    ...(received === undefined ? {} : { received }),
    bodyText: bodyTextOf(email.text, bodyHtml),
    ...(bodyHtml === undefined ? {} : { bodyHtml }),
    headers: keepHeaders(email.headers),
    attachments: attachmentsFrom(email.attachments),
  };
}

function bodyTextOf(text: string | undefined, html: string | undefined): string {
  if (text !== undefined && text.trim() !== '')
    return repairWindows1252(text).replace(/\r\n/g, '\n');
  return html === undefined ? '' : textFromHtml(html);
}
