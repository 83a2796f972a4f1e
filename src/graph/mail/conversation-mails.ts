import {
  asImmutableItemId,
  asSourceId,
  type ImmutableItemId,
  type SourceId,
  bareMessageId,
} from '../../core/vocabulary';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { odataString } from '../request';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/** The fields of a Graph message this list selects. */
interface ConversationMessageWire {
  readonly id: string;
  readonly subject?: string;
  readonly receivedDateTime?: string;
  readonly internetMessageId?: string;
}

/** A mail of a conversation: its immutable id, subject and source id (Message-ID). */
export interface ConversationMail {
  readonly itemId: ImmutableItemId;
  readonly subject: string;
  readonly sourceId: SourceId;
}

/** The mails of one conversation in a mailbox (all folders), oldest first. */
export async function listConversationMails(
  client: GraphClient,
  conversationId: string,
  options: MailboxOptions = {},
): Promise<ConversationMail[]> {
  const messages = await fetchAllPages<ConversationMessageWire>(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/messages`,
    query: {
      $filter: `conversationId eq ${odataString(conversationId)}`,
      $select: 'id,subject,receivedDateTime,internetMessageId',
      $top: '50',
    },
    headers: IMMUTABLE_IDS,
    label: 'mail.conversation',
  });
  return messages
    .sort((a, b) => (a.receivedDateTime ?? '').localeCompare(b.receivedDateTime ?? ''))
    .map((message) => ({
      itemId: asImmutableItemId(message.id),
      subject: message.subject ?? '',
      sourceId: asSourceId(bareMessageId(message.internetMessageId ?? '')),
    }));
}
