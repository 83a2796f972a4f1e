import type { WooRequest, WooRequestStatus } from '../../core/woo-desk';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { createItem, itemsOfRequest, updateItem } from './woo-items';
import type { WooSite } from './woo-site';
import { dateField, dayValue, textField, type WooListItem } from './woo-wire';

/** A request as stored, with its list item id for later changes. */
export interface StoredWooRequest {
  readonly itemId: string;
  readonly request: WooRequest;
}

/** Creating a request: done, or the zaaknummer is taken. */
export type CreateRequestResult =
  | { readonly kind: 'created'; readonly stored: StoredWooRequest }
  | { readonly kind: 'zaaknummer-taken' };

const STATUSES: readonly WooRequestStatus[] = ['open', 'besloten', 'ingetrokken'];

function requestFrom(item: WooListItem): StoredWooRequest {
  const status = STATUSES.find((value) => value === textField(item, 'Status')) ?? 'open';
  const periodFrom = dateField(item, 'PeriodFrom');
  const periodTo = dateField(item, 'PeriodTo');
  const closedAt = dateField(item, 'ClosedAt');
  return {
    itemId: item.id,
    request: {
      zaaknummer: textField(item, 'Zaaknummer'),
      received: dateField(item, 'Received') ?? new Date(0),
      text: textField(item, 'RequestText'),
      requester: textField(item, 'Requester'),
      status,
      ...(periodFrom === undefined ? {} : { periodFrom }),
      ...(periodTo === undefined ? {} : { periodTo }),
      ...(closedAt === undefined ? {} : { closedAt }),
    },
  };
}

/**
 * Records a new Woo request (status `open`): 2 requests, the lookup of its zaaknummer (a
 * zaaknummer names one request) and the new item.
 */
export async function createWooRequest(
  client: GraphClient,
  woo: WooSite,
  request: Omit<WooRequest, 'status' | 'closedAt'>,
): Promise<CreateRequestResult> {
  if ((await findWooRequest(client, woo, request.zaaknummer)) !== null)
    return { kind: 'zaaknummer-taken' };
  const item = await createItem(
    client,
    woo.site.siteId,
    woo.requestsListId,
    {
      Title: request.zaaknummer,
      Zaaknummer: request.zaaknummer,
      Received: dayValue(request.received),
      RequestText: request.text,
      Requester: request.requester,
      Status: 'open',
      ...(request.periodFrom === undefined ? {} : { PeriodFrom: dayValue(request.periodFrom) }),
      ...(request.periodTo === undefined ? {} : { PeriodTo: dayValue(request.periodTo) }),
    },
    'woo.request-create',
  );
  return { kind: 'created', stored: requestFrom({ ...item, fields: item.fields ?? {} }) };
}

/** The request with this zaaknummer, or null. */
export async function findWooRequest(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
): Promise<StoredWooRequest | null> {
  const items = await itemsOfRequest(
    client,
    woo.site.siteId,
    woo.requestsListId,
    zaaknummer,
    'woo.request',
  );
  const item = items[0];
  return item === undefined ? null : requestFrom(item);
}

/** Every request on the site (the desk's overview; a desk keeps far fewer than 5,000). */
export async function listWooRequests(
  client: GraphClient,
  woo: WooSite,
): Promise<StoredWooRequest[]> {
  const items = await fetchAllPages<WooListItem>(client, {
    method: 'GET',
    url: `/sites/${woo.site.siteId}/lists/${woo.requestsListId}/items`,
    query: { $expand: 'fields', $top: '500' },
    label: 'woo.requests',
  });
  return items.map(requestFrom);
}

/** Closes a request: decided (with the day of the decision) or withdrawn. */
export function closeWooRequest(
  client: GraphClient,
  woo: WooSite,
  stored: StoredWooRequest,
  status: Exclude<WooRequestStatus, 'open'>,
  at: Date,
): Promise<void> {
  return updateItem(
    client,
    woo.site.siteId,
    woo.requestsListId,
    stored.itemId,
    { Status: status, ClosedAt: dayValue(at) },
    'woo.request-close',
  );
}
