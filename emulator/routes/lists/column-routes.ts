import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { COLUMNS_LIST, COLUMN_CREATE, COLUMN_UPDATE } from '../../scopes/route-scopes';

import { readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, graphError, itemNotFound } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { columnJson } from '../../graph/site-json';
import { insertColumn, listColumns, updateColumn } from '../../store/sites';
import { columnFromDefinition } from './column-definition';
import { updatedColumn } from './column-update';
import { SITE } from '../patterns';
import { resolveList } from '../resolve';
import { mayManageLists } from '../sites/site-access';

async function getColumns(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  const columns = listColumns(context.store, found.value.list.id).map(columnJson);
  return json(
    200,
    collection(
      contextUrl(
        context.request,
        `sites('${found.value.site.id}')/lists('${found.value.list.id}')/columns`,
      ),
      columns,
      undefined,
    ),
  );
}

async function createColumn(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  if (!mayManageLists(context, { kind: 'list', list: found.value.list })) return accessDenied();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const column = columnFromDefinition(body.value);
  if (!column.ok) return column.response;
  if (
    listColumns(context.store, found.value.list.id).some(
      (existing) => existing.name === column.value.name,
    )
  ) {
    return graphError(
      409,
      'nameAlreadyExists',
      `A duplicate field name "${column.value.name}" was found.`,
    );
  }
  insertColumn(context.store, found.value.list.id, column.value);
  return json(201, {
    '@odata.context': contextUrl(context.request, 'columns/$entity'),
    ...columnJson(column.value),
  });
}

/**
 * `PATCH /sites/{site}/lists/{list}/columns/{column-id}`
 * (https://learn.microsoft.com/en-us/graph/api/columndefinition-update): the column by its id,
 * changed as {@link updatedColumn} allows; 200 with the columnDefinition.
 */
async function patchColumn(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  if (!mayManageLists(context, { kind: 'list', list: found.value.list })) return accessDenied();
  const listId = found.value.list.id;
  const column = listColumns(context.store, listId).find(
    (candidate) => candidate.id === params['column'],
  );
  if (column === undefined) return itemNotFound(`Column '${params['column'] ?? ''}' not found.`);
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const updated = updatedColumn(column, body.value);
  if (!updated.ok) return updated.response;
  updateColumn(context.store, listId, updated.value);
  return json(200, {
    '@odata.context': contextUrl(context.request, 'columns/$entity'),
    ...columnJson(updated.value),
  });
}

const COLUMNS = new RegExp(`^/sites/${SITE}/lists/(?<list>[^/]+)/columns$`);
const COLUMN = new RegExp(`^/sites/${SITE}/lists/(?<list>[^/]+)/columns/(?<column>[^/]+)$`);

/** List columns: read, and (records managers) add and change. */
export const columnRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: COLUMNS, handle: getColumns, scopes: COLUMNS_LIST },
  { method: 'POST', pattern: COLUMNS, handle: createColumn, scopes: COLUMN_CREATE },
  { method: 'PATCH', pattern: COLUMN, handle: patchColumn, scopes: COLUMN_UPDATE },
];
