import type { ColumnRecord, ListRecord, SiteRecord } from '../store/records';
import type { Store } from '../store/store';
import { identitySet } from './identity';

/** The site's absolute URL. */
export const siteUrl = (site: SiteRecord): string => `https://${site.hostname}${site.path}`;

/** A list's absolute URL (libraries live at the site root, lists under /Lists). */
export const listUrl = (site: SiteRecord, list: ListRecord): string =>
  list.template === 'documentLibrary'
    ? `${siteUrl(site)}/${encodeURIComponent(list.name)}`
    : `${siteUrl(site)}/Lists/${encodeURIComponent(list.name)}`;

/** Graph's site resource. */
export function siteJson(site: SiteRecord): Record<string, unknown> {
  return {
    id: site.id,
    name: site.name,
    displayName: site.displayName,
    description: site.description,
    webUrl: siteUrl(site),
    createdDateTime: site.createdAt,
    lastModifiedDateTime: site.createdAt,
    siteCollection: { hostname: site.hostname },
  };
}

/** Graph's list resource. */
export function listJson(
  store: Store,
  site: SiteRecord,
  list: ListRecord,
): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},1"`,
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    webUrl: listUrl(site, list),
    createdDateTime: list.createdAt,
    lastModifiedDateTime: list.createdAt,
    eTag: `"${list.id},1"`,
    createdBy: identitySet(store, list.createdBy),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

/** Graph's columnDefinition resource. */
export function columnJson(column: ColumnRecord): Record<string, unknown> {
  const text = column.definition['text'];
  const facet =
    column.type === 'text' || column.type === 'note'
      ? {
          text: {
            ...(typeof text === 'object' && text !== null ? text : {}),
            allowMultipleLines: column.type === 'note',
          },
        }
      : {};
  return {
    ...column.definition,
    ...facet,
    id: column.id,
    name: column.name,
    displayName: column.displayName,
    indexed: column.indexed,
    required: column.required,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    columnGroup: 'Bronvast',
    description:
      typeof column.definition['description'] === 'string' ? column.definition['description'] : '',
  };
}

/** Graph's drive resource for a document library. */
export function driveJson(site: SiteRecord, list: ListRecord): Record<string, unknown> {
  return {
    id: list.driveId,
    driveType: 'documentLibrary',
    name: list.displayName,
    description: list.description,
    webUrl: listUrl(site, list),
    createdDateTime: list.createdAt,
    lastModifiedDateTime: list.createdAt,
  };
}
