import { asRestItemId, type RestItemId } from '../../core/ids';
import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';
import { mailboxPath, type MailboxOptions } from './message-mime';

/** A sent message as the sent-items sweep needs it: ids, subject, categories, headers. */
export interface SentMessage {
  readonly id: RestItemId;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly categories?: readonly string[];
}

/** The fields of a sent message the sweep selects, as Graph sends them. */
interface SentMessageWire {
  readonly id: string;
  readonly internetMessageId?: string;
  readonly subject?: string;
  readonly categories?: readonly string[];
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[];
}

/**
 * The newest sent messages (`GET /me/mailFolders/sentitems/messages`), with their internet
 * headers, which carry the dossier chosen while writing.
 * @param top how many, newest first (Graph allows up to 1,000 per page; 50 covers a sweep)
 */
export async function listRecentSentMessages(
  client: GraphClient,
  top = 50,
  options: MailboxOptions = {},
): Promise<SentMessage[]> {
  const page = await sendJson<{ readonly value: readonly SentMessageWire[] }>(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/mailFolders/sentitems/messages`,
    query: {
      $select: 'id,internetMessageId,subject,categories,internetMessageHeaders',
      $orderby: 'sentDateTime desc',
      $top: String(top),
    },
    label: 'mail.sent-sweep',
  });
  return page.value.map((message) => ({
    id: asRestItemId(message.id),
    internetMessageId: message.internetMessageId ?? '',
    subject: message.subject ?? '',
    headers: message.internetMessageHeaders ?? [],
    ...(message.categories === undefined ? {} : { categories: message.categories }),
  }));
}
