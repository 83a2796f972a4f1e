import type { GraphContext, GraphRoute } from '../../context';
import type { EmulatorResponse } from '../../http/exchange';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { RETENTION_LABELS_LIST } from '../../scopes/route-scopes';
import { RETENTION_LABELS } from '../../seed/retention-labels';

/**
 * `GET /security/labels/retentionLabels`: the tenant's retention label catalogue as
 * `microsoft.graph.security.retentionLabel` objects
 * (https://learn.microsoft.com/en-us/graph/api/security-labelsroot-list-retentionlabel).
 */
async function listRetentionLabels(context: GraphContext): Promise<EmulatorResponse> {
  const labels = RETENTION_LABELS.map((label, index) => ({
    id: `${index + 1}`.padStart(8, '0'),
    displayName: label.name,
    behaviorDuringRetentionPeriod: label.behavior,
    actionAfterRetentionPeriod: label.name.startsWith('Vernietigen') ? 'delete' : 'none',
    isInUse: true,
  }));
  return json(
    200,
    collection(contextUrl(context.request, 'security/labels/retentionLabels'), labels, undefined),
  );
}

/** Microsoft Purview's retention labels, as Graph's security API lists them. */
export const securityLabelRoutes: readonly GraphRoute[] = [
  {
    method: 'GET',
    pattern: /^\/security\/labels\/retentionLabels$/,
    handle: listRetentionLabels,
    scopes: RETENTION_LABELS_LIST,
  },
];
