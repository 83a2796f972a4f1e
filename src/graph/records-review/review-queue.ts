import type { RecordId } from '../../core';
import { isGraphCallError } from '../GraphCallError';
import { sendJson } from '../request';
import type { GraphClient } from '../graph-client';
import { pageRecords } from '../records/records-pager';
import type { SiteIds } from '../site-ids';
import { isFolderItem, reviewItemFromListItem, type ReviewItem } from './review-item';
import {
  matchesLocally,
  planReviewQuery,
  type LocalFilterCode,
  type ReviewFilter,
} from './review-query';
import type { GraphReviewListItem } from './review-wire';

/** One page of the review queue. */
export interface ReviewPage {
  readonly items: readonly ReviewItem[];
  readonly nextLink?: string;
  /** Filters applied to this page only (not indexed: never sent to SharePoint). */
  readonly local: readonly LocalFilterCode[];
  /** How many records of the page the local filters left out. */
  readonly hiddenByLocal: number;
}

/**
 * One page of filed records, newest first. The indexed filters follow SharePoint's large-list
 * rules (`pageRecords`: one indexed field sent, or a walk along the filing time); no `Prefer:
 * HonorNonIndexedQueriesWarningMayFailRandomly`, so nothing SharePoint refuses above 5,000
 * items is sent; the non-indexed filters narrow the page that came back. Pass `nextLink` back
 * for the next page.
 */
export async function queryReviewQueue(
  client: GraphClient,
  site: SiteIds,
  filter: ReviewFilter,
  nextLink?: string,
): Promise<ReviewPage> {
  const plan = planReviewQuery(filter);
  const page = await pageRecords<GraphReviewListItem>(
    client,
    {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
      query: { $expand: 'fields' },
      label: 'review.queue',
    },
    plan.server,
    nextLink,
  );
  const records = page.items.filter((item) => !isFolderItem(item)).map(reviewItemFromListItem);
  const items = records.filter((item) => matchesLocally(item, filter));
  return {
    items,
    ...(page.cursor === undefined ? {} : { nextLink: page.cursor }),
    local: plan.local,
    hiddenByLocal: records.length - items.length,
  };
}

/** One record as it is now (after a 412: what the other manager left); null when it is gone. */
export async function getReviewItem(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
): Promise<ReviewItem | null> {
  try {
    const item = await sendJson<GraphReviewListItem>(client, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}`,
      query: { $expand: 'fields' },
      label: 'review.reload',
    });
    return reviewItemFromListItem(item);
  } catch (error: unknown) {
    if (isGraphCallError(error) && error.kind === 'not-found') return null;
    throw error;
  }
}
