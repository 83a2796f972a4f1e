import { asRestItemId } from '../../core/ids';
import type { GraphClient } from '../../graph/graph-client';
import { sendJson } from '../../graph/request';
import { planSentItemFilings, type SentItemFiling, type SentItemSummary } from '../../host';

/** The fields of a sent message the sweep selects. */
interface SentMessageWire {
  readonly id: string;
  readonly internetMessageId?: string;
  readonly subject?: string;
  readonly categories?: readonly string[];
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[];
}

/**
 * The recently sent mails that carry a dossier header (chosen while writing) and are not filed
 * yet: the newest 50 of Sent Items, minus those the caller already has a job for.
 */
export async function findSentItemsToFile(
  client: GraphClient,
  known: ReadonlySet<string>,
): Promise<SentItemFiling[]> {
  const page = await sendJson<{ readonly value: readonly SentMessageWire[] }>(client, {
    method: 'GET',
    url: '/me/mailFolders/sentitems/messages',
    query: {
      $select: 'id,internetMessageId,subject,categories,internetMessageHeaders',
      $orderby: 'sentDateTime desc',
      $top: '50',
    },
    label: 'mail.sent-sweep',
  });
  const summaries: SentItemSummary[] = page.value.map((message) => ({
    id: asRestItemId(message.id),
    internetMessageId: message.internetMessageId ?? '',
    subject: message.subject ?? '',
    headers: message.internetMessageHeaders ?? [],
    ...(message.categories === undefined ? {} : { categories: message.categories }),
  }));
  return planSentItemFilings(summaries, new Set()).filter((filing) => !known.has(filing.id));
}
