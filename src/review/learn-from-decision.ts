import { learnDecision, relevanceFeatures, shippedModel, toSparseVector } from '../core/relevance';
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
  if (action.kind !== 'accept' && action.kind !== 'reject') return 'skipped';
  const key = item.record.metadata?.dedupKey;
  if (key === undefined || item.record.metadata?.sourceKind !== 'mail') return 'skipped';
  const content = await downloadRecordContent(client, site, item.record.id);
  if (content.kind !== 'found') return 'skipped';
  const parsed = await parseEml(content.bytes);
  if (!parsed.ok) return 'skipped';
  const vector = toSparseVector(relevanceFeatures(parsed.message, { organisationDomains }));
  const before = await loadRelevanceAdjustment(client, site);
  const after = learnDecision(shippedModel(), before, {
    key,
    vector,
    relevant: action.kind === 'accept',
  });
  if (after !== before) await saveRelevanceAdjustment(client, site, after);
  return 'learnt';
}
