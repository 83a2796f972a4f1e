import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { odataString, sendJson } from '../request';
import type { WooListItem } from './woo-wire';

/**
 * Every item of a Woo list with the given zaaknummer, all pages. `Zaaknummer` is indexed, so
 * the query holds above the list view threshold (one indexed column drives it).
 */
export function itemsOfRequest(
  client: GraphClient,
  siteId: string,
  listId: string,
  zaaknummer: string,
  label: string,
): Promise<WooListItem[]> {
  return fetchAllPages<WooListItem>(client, {
    method: 'GET',
    url: `/sites/${siteId}/lists/${listId}/items`,
    query: {
      $expand: 'fields',
      $filter: `fields/Zaaknummer eq ${odataString(zaaknummer)}`,
      $top: '500',
    },
    label,
  });
}

/** Adds an item with these fields to a list. */
export function createItem(
  client: GraphClient,
  siteId: string,
  listId: string,
  fields: Readonly<Record<string, unknown>>,
  label: string,
): Promise<WooListItem> {
  return sendJson<WooListItem>(client, {
    method: 'POST',
    url: `/sites/${siteId}/lists/${listId}/items`,
    json: { fields },
    label,
  });
}

/** Changes fields of an item. */
export async function updateItem(
  client: GraphClient,
  siteId: string,
  listId: string,
  itemId: string,
  fields: Readonly<Record<string, unknown>>,
  label: string,
): Promise<void> {
  await sendJson(client, {
    method: 'PATCH',
    url: `/sites/${siteId}/lists/${listId}/items/${itemId}/fields`,
    json: fields,
    label,
  });
}
