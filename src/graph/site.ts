import type { GraphClient } from './graph-client';
import { fetchAllPages } from './paging';
import { sendJson } from './request';
import {
  DEFAULT_LIST_NAMES,
  type SiteIds,
  type SiteListNames,
  type SiteLocation,
} from './site-ids';
import type { GraphDriveItem, GraphList, GraphSite } from './wire-types';

/** The site's ids, or the lists it lacks (not provisioned yet: run scripts/provision.ts). */
export type SiteResolution =
  | { readonly kind: 'resolved'; readonly ids: SiteIds }
  | { readonly kind: 'lists-missing'; readonly missing: readonly string[] };

/**
 * Resolves site id, list ids and the records drive from hostname, path and list names, once
 * per client: later calls return the cached ids without a request.
 */
export async function resolveSite(
  client: GraphClient,
  location: SiteLocation,
): Promise<SiteResolution> {
  const key = siteKey(location);
  const cached = client.sites.get(key);
  if (cached !== undefined) return { kind: 'resolved', ids: cached };
  const names: SiteListNames = { ...DEFAULT_LIST_NAMES, ...location.lists };
  const siteId = await findSiteId(client, location);
  const lists = await listLists(client, siteId);
  const find = (name: string) =>
    lists.find((list) => list.name === name || list.displayName === name)?.id;
  const records = find(names.records);
  const dossiers = find(names.dossiers);
  const audit = find(names.audit);
  if (records === undefined || dossiers === undefined || audit === undefined) {
    const missing = [
      records === undefined ? names.records : '',
      dossiers === undefined ? names.dossiers : '',
      audit === undefined ? names.audit : '',
    ].filter((name) => name !== '');
    return { kind: 'lists-missing', missing };
  }
  const drive = await sendJson<GraphDriveItem>(client, {
    method: 'GET',
    url: `/sites/${siteId}/lists/${records}/drive`,
    label: 'site.drive',
  });
  const ids: SiteIds = {
    siteId,
    recordsListId: records,
    dossiersListId: dossiers,
    auditListId: audit,
    recordsDriveId: drive.id,
  };
  client.sites.set(key, ids);
  return { kind: 'resolved', ids };
}

/** `GET /sites/{hostname}:/{path}` -> `{hostname},{site-guid},{web-guid}`. */
export async function findSiteId(client: GraphClient, location: SiteLocation): Promise<string> {
  const path = location.path.startsWith('/') ? location.path : `/${location.path}`;
  const site = await sendJson<GraphSite>(client, {
    method: 'GET',
    url: `/sites/${location.hostname}:${path}`,
    label: 'site.find',
  });
  return site.id;
}

/** The site's lists (paged). */
export function listLists(client: GraphClient, siteId: string): Promise<GraphList[]> {
  return fetchAllPages<GraphList>(client, {
    method: 'GET',
    url: `/sites/${siteId}/lists`,
    query: { $select: 'id,name,displayName,list' },
    label: 'site.lists',
  });
}

function siteKey(location: SiteLocation): string {
  const lists = { ...DEFAULT_LIST_NAMES, ...location.lists };
  return `${location.hostname.toLowerCase()}:${location.path.toLowerCase()}:${lists.records}:${lists.dossiers}:${lists.audit}`;
}
