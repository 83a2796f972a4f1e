import {
  learnDecision,
  relevanceFeatures,
  shippedModel,
  toSparseVector,
  type SparseVector,
} from '../core/relevance';
import {
  downloadRecordContent,
  loadRelevanceAdjustment,
  saveRelevanceAdjustment,
  type GraphClient,
  type ReviewAction,
  type ReviewItem,
  type SiteIds,
} from '../graph';
import { parseEml } from '../mime';

/**
 * Learns from an accept (relevant) or a reject (not relevant): the record's mail becomes a
 * labelled example in the organisation's relevance adjustment. Other actions teach the dossier
 * suggestion through the records list itself and need nothing here. Chats and unreadable files
 * are skipped.
 */
export async function learnFromDecision(
  client: GraphClient,
  site: SiteIds,
  item: ReviewItem,
  action: ReviewAction,
  organisationDomains: readonly string[] = [],
): Promise<'learnt' | 'skipped'> {
  const [outcome] = await learnFromDecisions(client, site, [item], action, organisationDomains);
  return outcome ?? 'skipped';
}

/**
 * {@link learnFromDecision} for a whole selection: each record's mail is read, and the stored
 * adjustment is read once and written once (not once per record), so accepting 200 records
 * costs their downloads and two requests more. Outcomes in the order of `items`.
 */
export async function learnFromDecisions(
  client: GraphClient,
  site: SiteIds,
  items: readonly ReviewItem[],
  action: ReviewAction,
  organisationDomains: readonly string[] = [],
): Promise<('learnt' | 'skipped')[]> {
  if (action.kind !== 'accept' && action.kind !== 'reject') return items.map(() => 'skipped');
  const examples = [];
  for (const item of items) examples.push(await exampleOf(client, site, item, organisationDomains));
  if (examples.every((example) => example === null)) return items.map(() => 'skipped');
  const before = await loadRelevanceAdjustment(client, site);
  let after = before;
  for (const example of examples) {
    if (example !== null)
      after = learnDecision(shippedModel(), after, {
        ...example,
        relevant: action.kind === 'accept',
      });
  }
  if (after !== before) await saveRelevanceAdjustment(client, site, after);
  return examples.map((example) => (example === null ? 'skipped' : 'learnt'));
}

/** A record's mail as a labelled example's key and features; null for chats and unreadable files. */
async function exampleOf(
  client: GraphClient,
  site: SiteIds,
  item: ReviewItem,
  organisationDomains: readonly string[],
): Promise<{ readonly key: string; readonly vector: SparseVector } | null> {
  const key = item.record.metadata?.dedupKey;
  if (key === undefined || item.record.metadata?.sourceKind !== 'mail') return null;
  const content = await downloadRecordContent(client, site, item.record.id);
  if (content.kind !== 'found') return null;
  const parsed = await parseEml(content.bytes);
  if (!parsed.ok) return null;
  return {
    key,
    vector: toSparseVector(relevanceFeatures(parsed.message, { organisationDomains })),
  };
}
