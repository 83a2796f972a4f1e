import type { FiledMessage } from '../core';
import {
  adjustmentWithinBounds,
  applyAdjustment,
  shippedModel,
  type RelevanceAdjustment,
  type RelevanceModel,
} from '../core/relevance';
// Chunking: the Teams tab's first view learns from the organisation; the trust index would bring
// every check and the audit links' hashing into that first chunk.
import { isManager, type ManagerSet } from '../core/trust/trust-facts';
import {
  listRecentRecords,
  loadRecordsManagers,
  readRelevanceAdjustment,
  type GraphClient,
  type SiteIds,
  type StoredAdjustment,
} from '../graph';
import { historyFromRecords } from './records-history';

/**
 * Why part of what was learnt could not be used; the shipped behaviour stands in for it.
 * `relevance-adjustment-untrusted`: the stored adjustment was last changed by someone outside
 * the records managers' group (or the group could not be asked); `-out-of-bounds`: its weights
 * are beyond what learning ever writes.
 */
export type LearningWarning =
  | 'relevance-adjustment-unreadable'
  | 'relevance-adjustment-unavailable'
  | 'relevance-adjustment-untrusted'
  | 'relevance-adjustment-out-of-bounds'
  | 'history-unavailable';

/** How the learning is loaded: the records managers' Entra ID group vouches for the adjustment. */
export interface LearningOptions {
  /** The group's object id; without it no adjustment is applied (it cannot be vouched for). */
  readonly recordsManagersGroup?: string;
  readonly now?: Date;
}

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
 * Loads, side by side, the relevance adjustment, the records managers and the records list's
 * recent history: 6 requests. Never throws: a missing adjustment is the shipped weights; an
 * unreadable or unreachable one, one last changed by someone outside the records managers'
 * group (SharePoint lets only them write it, this says so should the site's permissions be
 * wrong) or one with weights learning never writes, is the shipped weights with a warning; an
 * unreadable history is none with a warning. The pane, the Teams tab and `bronvast file` load
 * it once per session.
 */
export async function loadOrganisationLearning(
  client: GraphClient,
  site: SiteIds,
  options: LearningOptions = {},
): Promise<OrganisationLearning> {
  const warnings: LearningWarning[] = [];
  const group = options.recordsManagersGroup ?? '';
  const [stored, records, managers] = await Promise.all([
    readRelevanceAdjustment(client, site).catch(() => null),
    listRecentRecords(client, site, { now: options.now ?? new Date() }).catch(() => null),
    group === '' ? null : loadRecordsManagers(client, group).catch(() => null),
  ]);
  if (stored === null) warnings.push('relevance-adjustment-unavailable');
  else if (stored.kind === 'unreadable') warnings.push('relevance-adjustment-unreadable');
  const applied = stored?.kind === 'found' ? trusted(stored, managers, warnings) : null;
  if (records === null) warnings.push('history-unavailable');
  const shipped = shippedModel();
  return {
    relevanceModel: applied === null ? shipped : applyAdjustment(shipped, applied),
    adjustment: applied,
    history: records === null ? [] : historyFromRecords(records),
    warnings,
  };
}

/** The stored adjustment when a records manager wrote it and it is within bounds, else null. */
function trusted(
  stored: Extract<StoredAdjustment, { kind: 'found' }>,
  managers: ManagerSet | null,
  warnings: LearningWarning[],
): RelevanceAdjustment | null {
  const author = stored.modifiedBy;
  const ref =
    author === undefined
      ? undefined
      : { address: author.address, ...(author.id === undefined ? {} : { id: author.id }) };
  if (managers === null || !isManager(managers, ref)) {
    warnings.push('relevance-adjustment-untrusted');
    return null;
  }
  if (!adjustmentWithinBounds(stored.adjustment)) {
    warnings.push('relevance-adjustment-out-of-bounds');
    return null;
  }
  return stored.adjustment;
}
