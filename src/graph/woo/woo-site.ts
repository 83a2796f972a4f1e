import type { GraphClient } from '../graph-client';
import { WOO_LIST_NAMES } from '../provisioning/woo-lists';
import { listLists } from '../site';
import type { SiteIds } from '../site-ids';

/** The ids of the Woo desk's lists, beside the site's own. */
export interface WooSite {
  readonly site: SiteIds;
  readonly requestsListId: string;
  readonly logListId: string;
  readonly documentsListId: string;
}

/** The Woo desk's lists, or the names of those the site lacks (run the provisioning). */
export type WooSiteResolution =
  | { readonly kind: 'resolved'; readonly woo: WooSite }
  | { readonly kind: 'lists-missing'; readonly missing: readonly string[] };

/**
 * Finds the Woo desk's lists on a resolved site (one request). Apart from the site's own
 * lists, so that filing keeps working on a site provisioned before the desk existed.
 */
export async function resolveWooSite(
  client: GraphClient,
  site: SiteIds,
): Promise<WooSiteResolution> {
  const lists = await listLists(client, site.siteId);
  const find = (name: string) =>
    lists.find((list) => list.name === name || list.displayName === name)?.id;
  const requests = find(WOO_LIST_NAMES.requests);
  const log = find(WOO_LIST_NAMES.log);
  const documents = find(WOO_LIST_NAMES.documents);
  if (requests === undefined || log === undefined || documents === undefined) {
    const missing = Object.values(WOO_LIST_NAMES).filter((name) => find(name) === undefined);
    return { kind: 'lists-missing', missing };
  }
  return {
    kind: 'resolved',
    woo: { site, requestsListId: requests, logListId: log, documentsListId: documents },
  };
}
