import type { Dossier } from '../../core';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import { dossierFieldsFromDossier, dossierFromFields } from './dossier-fields';

/** A dossier with the id of its item in the Dossiers list (what updates address). */
export interface RegisteredDossier {
  readonly itemId: string;
  readonly dossier: Dossier;
}

/** Reads the whole dossier registry (paged); items without a kenmerk are skipped. */
export async function listDossiers(
  client: GraphClient,
  site: SiteIds,
): Promise<RegisteredDossier[]> {
  const items = await fetchAllPages<GraphListItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.dossiersListId}/items`,
    query: { $expand: 'fields', $top: '200' },
    label: 'dossiers.list',
  });
  return items.flatMap((item) => {
    const dossier = item.fields === undefined ? null : dossierFromFields(item.fields);
    return dossier === null ? [] : [{ itemId: item.id, dossier }];
  });
}

/** Adds a dossier to the registry. */
export async function createDossier(
  client: GraphClient,
  site: SiteIds,
  dossier: Dossier,
): Promise<RegisteredDossier> {
  const item = await sendJson<GraphListItem>(client, {
    method: 'POST',
    url: `/sites/${site.siteId}/lists/${site.dossiersListId}/items`,
    json: { fields: dossierFieldsFromDossier(dossier) },
    label: 'dossiers.create',
  });
  return { itemId: item.id, dossier };
}

/** Changes a registered dossier's fields (the kenmerk stays). Returns the dossier as stored. */
export async function updateDossier(
  client: GraphClient,
  site: SiteIds,
  itemId: string,
  changes: Partial<Omit<Dossier, 'id'>>,
): Promise<Dossier | null> {
  const fields = await sendJson<Record<string, unknown>>(client, {
    method: 'PATCH',
    url: `/sites/${site.siteId}/lists/${site.dossiersListId}/items/${itemId}/fields`,
    json: dossierFieldsFromDossier(changes),
    label: 'dossiers.update',
  });
  return dossierFromFields(fields);
}
