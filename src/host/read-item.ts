import { asConversationId, asSourceId } from '../core/vocabulary';
import type { Message } from '../core';
// Chunking: the pane's first view reads the item; the MIME index would bring postal-mime and
// html-to-text into that first chunk.
import { keepHeaders } from '../mime/kept-headers';
import { parseHeaderBlock } from './header-block';
import { callAsync, isSetSupported } from './office';
import type { OfficeReadItem } from './office-subset';
import { sourceIdText, toAttachments, toParty } from './parties';

/**
 * Reads a message in read mode into the core's `Message`: parties, dates, ids, the body as plain
 * text, attachment names and sizes, and (Mailbox 1.8) the headers the assessment looks at.
 */
export async function readMessageItem(item: OfficeReadItem): Promise<Message> {
  const [bodyText, headers] = await Promise.all([
    callAsync<string>('body.getAsync', (done) => item.body.getAsync('text', done)),
    readKeptHeaders(item),
  ]);
  const from = item.from ?? null;
  return {
    kind: 'mail',
    id: asSourceId(sourceIdText(item.internetMessageId)),
    ...(item.conversationId ? { conversationId: asConversationId(item.conversationId) } : {}),
    subject: item.subject,
    ...(from === null ? {} : { from: toParty(from) }),
    to: item.to.map(toParty),
    cc: item.cc.map(toParty),
    sent: item.dateTimeCreated,
    received: item.dateTimeCreated,
    bodyText,
    headers,
    attachments: toAttachments(item.attachments),
  };
}

async function readKeptHeaders(item: OfficeReadItem): Promise<Record<string, string>> {
  const getAll = item.getAllInternetHeadersAsync;
  if (getAll === undefined || !isSetSupported('Mailbox', '1.8')) return {};
  const raw = await callAsync<string>('getAllInternetHeadersAsync', (done) =>
    getAll.call(item, done),
  );
  return keepHeaders(parseHeaderBlock(raw));
}
