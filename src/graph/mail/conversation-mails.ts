import { asRestItemId, type RestItemId } from '../../core/ids';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { odataString } from '../request';

/** The fields of a Graph message this list selects. */
interface ConversationMessageWire {
  readonly id: string;
  readonly subject?: string;
  readonly receivedDateTime?: string;
}

/** A mail of a conversation: its REST id and subject. */
export interface ConversationMail {
  readonly itemId: RestItemId;
  readonly subject: string;
}

/** The mails of one conversation in the signed-in mailbox (all folders), oldest first. */
export async function listConversationMails(
  client: GraphClient,
  conversationId: string,
): Promise<ConversationMail[]> {
  const messages = await fetchAllPages<ConversationMessageWire>(client, {
    method: 'GET',
    url: '/me/messages',
    query: {
      $filter: `conversationId eq ${odataString(conversationId)}`,
      $select: 'id,subject,receivedDateTime',
      $top: '50',
    },
    label: 'mail.conversation',
  });
  return messages
    .sort((a, b) => (a.receivedDateTime ?? '').localeCompare(b.receivedDateTime ?? ''))
    .map((message) => ({ itemId: asRestItemId(message.id), subject: message.subject ?? '' }));
}
