import type { GraphClient } from '../graph';
import { listRecentSentMessages } from '../graph';
import { planSentItemFilings, type SentItemFiling } from '../host';

/**
 * The recently sent mails that carry a dossier header (chosen while writing) and are not filed
 * yet: the newest 50 of Sent Items, minus those the caller already has a job for.
 */
export async function findSentItemsToFile(
  client: GraphClient,
  known: ReadonlySet<string>,
): Promise<SentItemFiling[]> {
  const sent = await listRecentSentMessages(client, 50);
  return planSentItemFilings(sent, new Set()).filter((filing) => !known.has(filing.id));
}
