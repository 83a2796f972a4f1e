import type { GraphClient } from '../graph';
import { listRecentSentMessages } from '../graph';
import { ADDIN_ID, planSentItemFilings, type SentItemFiling } from '../host';

/**
 * The recently sent mails whose dossier was chosen while writing (the add-in's custom property)
 * and that are not filed yet: the newest 50 of Sent Items, minus those the caller has a job for.
 */
export async function findSentItemsToFile(
  client: GraphClient,
  known: ReadonlySet<string>,
): Promise<SentItemFiling[]> {
  const sent = await listRecentSentMessages(client, { addinId: ADDIN_ID, top: 50 });
  return planSentItemFilings(sent, new Set()).filter((filing) => !known.has(filing.id));
}
