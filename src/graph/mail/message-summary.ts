import { asConversationId, asSourceId } from '../../core/ids';
import { bareMessageId } from '../../core/message-id';
import type { Message } from '../../core/message';
import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';
import {
  dateOf as date,
  partiesOf as parties,
  partyOf as party,
  type RecipientWire,
} from './recipient-wire';

/** The fields of a message this summary selects, as Graph sends them. */
interface MessageSummaryWire {
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly subject?: string;
  readonly from?: RecipientWire;
  readonly toRecipients?: readonly RecipientWire[];
  readonly ccRecipients?: readonly RecipientWire[];
  readonly sentDateTime?: string;
  readonly receivedDateTime?: string;
}

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
  const wire = await sendJson<MessageSummaryWire>(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/messages/${encodeURIComponent(messageId)}`,
    query: { $select: SELECT },
    headers: IMMUTABLE_IDS,
    label: 'mail.summary',
  });
  const from = party(wire.from);
  const sent = date(wire.sentDateTime);
  const received = date(wire.receivedDateTime);
  return {
    kind: 'mail',
    id: asSourceId(bareMessageId(wire.internetMessageId ?? '')),
    ...(wire.conversationId === undefined
      ? {}
      : { conversationId: asConversationId(wire.conversationId) }),
    subject: wire.subject ?? '',
    ...(from === undefined ? {} : { from }),
    to: parties(wire.toRecipients),
    cc: parties(wire.ccRecipients),
    ...(sent === undefined ? {} : { sent }),
    ...(received === undefined ? {} : { received }),
    bodyText: '',
    headers: {},
    attachments: [],
  };
}
