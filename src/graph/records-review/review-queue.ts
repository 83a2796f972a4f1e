import type { RecordId } from '../../core/ids';
import { isGraphCallError } from '../GraphCallError';
import { sendJson } from '../request';
import type { GraphClient } from '../graph-client';
import { fetchPage } from '../paging';
import { recordsFilter } from '../records/records-query';
import type { SiteIds } from '../site-ids';
import {
  isFolderItem,
  isRenditionItem,
  reviewItemFromListItem,
  type ReviewItem,
} from './review-item';
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
 * One page of filed records, newest first, filtered on indexed columns only (one request; pass
 * `nextLink` back for the next page, followed unchanged). No `Prefer:
 * HonorNonIndexedQueriesWarningMayFailRandomly`: a query SharePoint would refuse above 5,000
 * items is not sent; the non-indexed filters narrow the page that came back.
 */
export async function queryReviewQueue(
  client: GraphClient,
  site: SiteIds,
  filter: ReviewFilter,
  nextLink?: string,
): Promise<ReviewPage> {
  const plan = planReviewQuery(filter);
  const serverFilter = recordsFilter(plan.server);
  const page = await fetchPage<GraphReviewListItem>(
    client,
    {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
      query: {
        $expand: 'fields',
        ...(serverFilter === '' ? {} : { $filter: serverFilter }),
        $orderby: 'fields/BronvastFiledAt desc',
        $top: String(plan.server.top ?? 50),
      },
      label: 'review.queue',
    },
    nextLink,
  );
  const records = page.items
    .filter((item) => !isFolderItem(item) && !isRenditionItem(item))
    .map(reviewItemFromListItem);
  const items = records.filter((item) => matchesLocally(item, filter));
  return {
    items,
    ...(page.nextLink === undefined ? {} : { nextLink: page.nextLink }),
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
