import type { GraphContext, GraphRoute } from '../../context';
import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { SEARCH_QUERY } from '../../scopes/route-scopes';
import { KqlSyntaxError } from '../../search/kql-parser';
import { runSearch, type SearchRow } from '../../search/run-search';
import { searchReader } from '../../search/search-trimming';
import { driveItemJson } from '../../graph/drive-item-json';
import { findDriveItem } from '../../store/drive-items';
import { findListItem } from '../../store/list-items';
import { findListByDrive, findSite } from '../../store/sites';

// POST /search/query (https://learn.microsoft.com/en-us/graph/api/search-query): one
// searchRequest at a time ("the service currently supports only a single searchRequest at a
// time", search-api-overview known limitations), entityTypes driveItem or listItem (the
// record system keeps no mail, events or sites in its index), from/size paging with size at
// most 500 (searchRequest resource), results trimmed to what the signed-in user may read
// ("Search results are scoped to enforce any access control applied to the items",
// https://learn.microsoft.com/graph/api/resources/search-api-overview).
const MAX_SIZE = 500;
const DEFAULT_SIZE = 25;
const ENTITY_TYPES = ['driveItem', 'listItem'] as const;

async function searchQuery(context: GraphContext): Promise<EmulatorResponse> {
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const requests = body.value['requests'];
  if (!Array.isArray(requests) || requests.length !== 1)
    return invalidRequest('Exactly one searchRequest is supported at a time.');
  const request = asRecord(requests[0]);
  if (request === undefined) return invalidRequest('A searchRequest must be an object.');
  const types = request['entityTypes'];
  const entityType =
    Array.isArray(types) && types.length === 1
      ? ENTITY_TYPES.find((type) => type === types[0])
      : undefined;
  if (entityType === undefined)
    return invalidRequest('entityTypes must name one of driveItem or listItem.');
  const queryString = asRecord(request['query'])?.['queryString'];
  if (typeof queryString !== 'string' || queryString.trim() === '')
    return invalidRequest('query.queryString is required.');
  const from = request['from'] ?? 0;
  const size = request['size'] ?? DEFAULT_SIZE;
  if (!Number.isInteger(from) || typeof from !== 'number' || from < 0)
    return invalidRequest('from must be a whole number of at least 0.');
  if (!Number.isInteger(size) || typeof size !== 'number' || size < 1 || size > MAX_SIZE)
    return invalidRequest(`size must be between 1 and ${MAX_SIZE}.`);
  let result;
  try {
    result = runSearch(
      context.store,
      queryString,
      { from, size },
      searchReader(context.store, context.access),
    );
  } catch (error) {
    if (error instanceof KqlSyntaxError)
      return invalidRequest(`The query is not valid KQL: ${error.message}`);
    throw error;
  }
  const hits = result.rows.flatMap((row, index) =>
    hitOf(context, row, from + index + 1, entityType),
  );
  const container: Record<string, unknown> = {
    total: result.total,
    moreResultsAvailable: from + result.rows.length < result.total,
  };
  if (hits.length > 0) container['hits'] = hits;
  return json(200, {
    '@odata.context': contextUrl(context.request, 'Collection(microsoft.graph.searchResponse)'),
    value: [{ searchTerms: result.terms, hitsContainers: [container] }],
  });
}

function hitOf(
  context: GraphContext,
  row: SearchRow,
  rank: number,
  entityType: (typeof ENTITY_TYPES)[number],
): Record<string, unknown>[] {
  const list = findListByDrive(context.store, row.driveId);
  const site = list === undefined ? undefined : findSite(context.store, list.siteId);
  const item = findDriveItem(context.store, row.driveId, row.itemId);
  if (list === undefined || site === undefined || item === undefined) return [];
  const listItem =
    item.listItemId === undefined
      ? undefined
      : findListItem(context.store, list.id, item.listItemId);
  // Security trimming happened in the search itself (search-trimming.ts).
  if (listItem === undefined) return [];
  const drive = driveItemJson(context.store, site, list, item);
  const resource =
    entityType === 'driveItem'
      ? { '@odata.type': '#microsoft.graph.driveItem', ...drive }
      : {
          '@odata.type': '#microsoft.graph.listItem',
          id: String(listItem.id),
          webUrl: drive['webUrl'],
          createdDateTime: listItem.createdAt,
          lastModifiedDateTime: listItem.modifiedAt,
          parentReference: { siteId: site.id },
        };
  return [{ hitId: item.id, rank, summary: row.summary, resource }];
}

/** The Microsoft Search route. */
export const searchRoutes: readonly GraphRoute[] = [
  { method: 'POST', pattern: /^\/search\/query$/, handle: searchQuery, scopes: SEARCH_QUERY },
];
