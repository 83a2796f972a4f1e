import type { Message } from '../../core';
import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';
import { messageOfWire, type MessageHeaderWire } from './message-wire';

const SELECT =
  'internetMessageId,conversationId,subject,from,toRecipients,ccRecipients,sentDateTime,receivedDateTime';

/**
 * What the mailbox says about a message without its body (`GET /me/messages/{id}` with a
 * `$select`): the metadata a mail whose MIME cannot be read is still filed with. The body
 * text is empty; the id is the internetMessageId (empty when Graph has none).
 */
export async function getMessageSummary(
  client: GraphClient,
  messageId: string,
  options: MailboxOptions = {},
): Promise<Message> {
  const wire = await sendJson<MessageHeaderWire>(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/messages/${encodeURIComponent(messageId)}`,
    query: { $select: SELECT },
    headers: IMMUTABLE_IDS,
    label: 'mail.summary',
  });
  return messageOfWire(wire, { bodyText: '', headers: {} });
}
