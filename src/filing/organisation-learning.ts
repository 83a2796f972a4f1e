import type { FiledMessage } from '../core';
import {
  applyAdjustment,
  shippedModel,
  type RelevanceAdjustment,
  type RelevanceModel,
} from '../core/relevance';
import {
  listRecentRecords,
  readRelevanceAdjustment,
  type GraphClient,
  type SiteIds,
} from '../graph';
import { historyFromRecords } from './records-history';

/** Why part of what was learnt could not be used; the shipped behaviour stands in for it. */
export type LearningWarning =
  'relevance-adjustment-unreadable' | 'relevance-adjustment-unavailable' | 'history-unavailable';

/** What the organisation's records managers and officers taught, ready for `prepareContext`. */
export interface OrganisationLearning {
  /** The shipped weights plus the stored adjustment (the shipped weights when there is none). */
  readonly relevanceModel: RelevanceModel;
  /** The stored adjustment itself, null when there is none or it could not be read. */
  readonly adjustment: RelevanceAdjustment | null;
  /** The recent records under their current dossier (see `listRecentRecords`). */
  readonly history: readonly FiledMessage[];
  readonly warnings: readonly LearningWarning[];
}

/**
 * Loads, side by side, the relevance adjustment and the records list's recent history: 3
 * requests. Never throws: a missing adjustment is the shipped weights, an unreadable or
 * unreachable one is the shipped weights with a warning, an unreadable history is none with a
 * warning. The pane, the Teams tab and `bronvast file` load it once per session.
 */
export async function loadOrganisationLearning(
  client: GraphClient,
  site: SiteIds,
  now: Date = new Date(),
): Promise<OrganisationLearning> {
  const warnings: LearningWarning[] = [];
  const [stored, records] = await Promise.all([
    readRelevanceAdjustment(client, site).catch(() => null),
    listRecentRecords(client, site, { now }).catch(() => null),
  ]);
  if (stored === null) warnings.push('relevance-adjustment-unavailable');
  else if (stored.kind === 'unreadable') warnings.push('relevance-adjustment-unreadable');
  if (records === null) warnings.push('history-unavailable');
  const shipped = shippedModel();
  return {
    relevanceModel:
      stored?.kind === 'found' ? applyAdjustment(shipped, stored.adjustment) : shipped,
    adjustment: stored?.kind === 'found' ? stored.adjustment : null,
    history: records === null ? [] : historyFromRecords(records),
    warnings,
  };
}
