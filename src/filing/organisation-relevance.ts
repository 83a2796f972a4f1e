import { applyAdjustment, shippedModel, type RelevanceModel } from '../core/relevance';
import { loadRelevanceAdjustment, type GraphClient, type SiteIds } from '../graph';

/**
 * The organisation's relevance model: the shipped weights plus the adjustment records managers'
 * decisions taught (see README, "Learning from decisions"). The pane, the Teams tab and the
 * command line pass it to `prepareContext` as `relevanceModel`; without an adjustment it is the
 * shipped model.
 */
export async function loadOrganisationRelevanceModel(
  client: GraphClient,
  site: SiteIds,
): Promise<RelevanceModel> {
  return applyAdjustment(shippedModel(), await loadRelevanceAdjustment(client, site));
}
