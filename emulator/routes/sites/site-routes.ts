import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { LISTS_LIST, LIST_CREATE, LIST_GET, SITE_GET } from '../../scopes/route-scopes';

import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, graphError, invalidRequest } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { parseSelect, queryOption } from '../../odata-query/query-options';
import { columnJson, listJson, siteJson } from '../../graph/site-json';
import type { ColumnRecord } from '../../store/records';
import { findList, listColumns, listLists } from '../../store/sites';
import { columnFromDefinition } from '../lists/column-definition';
import { provisionList } from '../lists/provision-list';
import { resolveList, resolveSite } from '../resolve';
import { mayManageLists, mayOpenList, mayOpenSite } from './site-access';
import { SITE } from '../patterns';
import { selectProperties } from '../select-properties';

async function getSite(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const site = resolveSite(context, params['site'] ?? '');
  if (!site.ok) return site.response;
  if (!mayOpenSite(context, site.value.id)) return accessDenied();
  const body = siteJson(site.value);
  return json(200, {
    '@odata.context': contextUrl(context.request, 'sites/$entity'),
    ...selectFrom(context, body),
  });
}

async function getLists(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const site = resolveSite(context, params['site'] ?? '');
  if (!site.ok) return site.response;
  if (!mayOpenSite(context, site.value.id)) return accessDenied();
  // Lists the user cannot open are left out, as SharePoint trims them.
  const lists = listLists(context.store, site.value.id)
    .filter((list) => mayOpenList(context, list))
    .map((list) => selectFrom(context, listJson(context.store, site.value, list)));
  return json(
    200,
    collection(contextUrl(context.request, `sites('${site.value.id}')/lists`), lists, undefined),
  );
}

async function getList(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  if (!mayOpenList(context, found.value.list)) return accessDenied();
  const body = listJson(context.store, found.value.site, found.value.list);
  const withColumns = queryOption(context.request.query, '$expand')?.startsWith('columns')
    ? { ...body, columns: listColumns(context.store, found.value.list.id).map(columnJson) }
    : body;
  return json(200, {
    '@odata.context': contextUrl(context.request, `sites('${found.value.site.id}')/lists/$entity`),
    ...selectFrom(context, withColumns),
  });
}

async function createList(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const site = resolveSite(context, params['site'] ?? '');
  if (!site.ok) return site.response;
  if (!mayManageLists(context, { kind: 'site', siteId: site.value.id })) return accessDenied();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const displayName = body.value['displayName'];
  if (typeof displayName !== 'string' || displayName.trim() === '')
    return invalidRequest('A list needs a displayName.');
  if (findList(context.store, site.value.id, displayName) !== undefined) {
    return graphError(
      409,
      'nameAlreadyExists',
      `A list, survey, discussion board, or document library with the specified title '${displayName}' already exists in this Web site.`,
    );
  }
  const columns: ColumnRecord[] = [];
  for (const definition of Array.isArray(body.value['columns']) ? body.value['columns'] : []) {
    const column = columnFromDefinition(asRecord(definition) ?? {});
    if (!column.ok) return column.response;
    columns.push(column.value);
  }
  const template =
    asRecord(body.value['list'])?.['template'] === 'documentLibrary'
      ? 'documentLibrary'
      : 'genericList';
  const list = provisionList(context, site.value, displayName, template, columns);
  return json(201, {
    '@odata.context': contextUrl(context.request, `sites('${site.value.id}')/lists/$entity`),
    ...listJson(context.store, site.value, list),
  });
}

function selectFrom(context: GraphContext, body: Record<string, unknown>): Record<string, unknown> {
  return selectProperties(body, parseSelect(queryOption(context.request.query, '$select')));
}

/** Sites and lists. */
export const siteRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: new RegExp(`^/sites/${SITE}$`), handle: getSite, scopes: SITE_GET },
  {
    method: 'GET',
    pattern: new RegExp(`^/sites/${SITE}/lists$`),
    handle: getLists,
    scopes: LISTS_LIST,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sites/${SITE}/lists$`),
    handle: createList,
    scopes: LIST_CREATE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/sites/${SITE}/lists/(?<list>[^/]+)$`),
    handle: getList,
    scopes: LIST_GET,
  },
];
