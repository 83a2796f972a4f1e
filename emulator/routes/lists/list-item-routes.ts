import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import {
  DRIVE_ITEM_GET,
  ITEMS_LIST,
  ITEM_CREATE,
  ITEM_DELETE,
  ITEM_GET,
  ITEM_UPDATE,
} from '../../scopes/route-scopes';

import { readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, invalidRequest, itemNotFound } from '../../http/graph-error';
import { empty, json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { queryOption } from '../../odata-query/query-options';
import { fieldsJson } from '../../graph/list-item-fields';
import { listItemJson } from '../../graph/list-item-json';
import { newGuid } from '../../store/ids';
import { deleteListItem, findListItem, saveListItem } from '../../store/list-items';
import type { ListItemRecord, ListRecord, SiteRecord } from '../../store/records';
import { listColumns, nextListItemId } from '../../store/sites';
import { timestamp } from '../../store/store';
import { driveItemResponse } from '../drives/drive-item-response';
import { validateFields } from './field-values';
import { fieldsOfBody, patchItemFields } from './item-fields';
import { fieldsExpansion, queryListItems } from './list-item-query';
import { SITE } from '../patterns';
import { mayOpenList } from '../sites/site-access';
import { parseItemId, resolveList } from '../resolve';

type Params = Readonly<Record<string, string>>;
type Found = { site: SiteRecord; list: ListRecord; item: ListItemRecord };

function findItem(
  context: GraphContext,
  params: Params,
): { ok: true; value: Found } | { ok: false; response: EmulatorResponse } {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found;
  const id = parseItemId(params['item'] ?? '');
  const item = id === undefined ? undefined : findListItem(context.store, found.value.list.id, id);
  if (item === undefined)
    return { ok: false, response: itemNotFound('The specified list item was not found.') };
  if (!context.access.may({ kind: 'item', list: found.value.list, item }, 'read'))
    return { ok: false, response: accessDenied() };
  return { ok: true, value: { ...found.value, item } };
}

async function getItems(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  if (!mayOpenList(context, found.value.list)) return accessDenied();
  return queryListItems(context, found.value.site, found.value.list);
}

async function getItem(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findItem(context, params);
  if (!found.ok) return found.response;
  const fields = fieldsExpansion(queryOption(context.request.query, '$expand'));
  if (!fields.ok) return fields.response;
  const { site, list, item } = found.value;
  return json(200, {
    '@odata.context': contextUrl(context.request, 'listItems/$entity'),
    ...listItemJson(context.store, site, list, item, fields.value),
  });
}

async function getItemFields(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findItem(context, params);
  if (!found.ok) return found.response;
  return json(200, fieldsJson(context.store, found.value.list, found.value.item, undefined));
}

async function patchFields(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findItem(context, params);
  if (!found.ok) return found.response;
  return patchItemFields(context, found.value.list, found.value.item);
}

async function getItemDriveItem(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findItem(context, params);
  if (!found.ok) return found.response;
  const { site, list, item } = found.value;
  if (list.driveId === undefined || item.driveItemId === undefined)
    return itemNotFound('This list item has no drive item.');
  return driveItemResponse(context, { site, list, driveId: list.driveId }, item.driveItemId, 200);
}

async function createItem(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  const { site, list } = found.value;
  if (list.template === 'documentLibrary') {
    return invalidRequest(
      'Files and folders should only be added to a DocumentLibrary via the OneDrive API',
    );
  }
  if (!context.access.may({ kind: 'list', list }, 'write')) return accessDenied();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const values = validateFields(listColumns(context.store, list.id), fieldsOfBody(body.value));
  if (!values.ok) return values.response;
  const now = timestamp(context.store);
  const item: ListItemRecord = {
    listId: list.id,
    id: nextListItemId(context.store, list.id),
    guid: newGuid(),
    // SharePoint keeps what the client wrote; who wrote it is the item's own createdBy.
    fields: values.value,
    contentType: 'Item',
    createdBy: context.user.upn,
    createdAt: now,
    modifiedBy: context.user.upn,
    modifiedAt: now,
    version: 1,
  };
  saveListItem(context.store, item);
  return json(201, {
    '@odata.context': contextUrl(context.request, 'listItems/$entity'),
    ...listItemJson(context.store, site, list, item, { expand: true }),
  });
}

/**
 * `DELETE .../items/{id}` (https://learn.microsoft.com/graph/api/listitem-delete): 204, for
 * whoever may change the item; SharePoint keeps no append-only lists. A file's list item is
 * left to its drive item (the docs show only list items of lists; the stricter reading).
 */
async function deleteItem(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findItem(context, params);
  if (!found.ok) return found.response;
  const { list, item } = found.value;
  if (list.template === 'documentLibrary')
    return invalidRequest('Delete a file or folder through its drive item.');
  if (!context.access.may({ kind: 'item', list, item }, 'write')) return accessDenied();
  deleteListItem(context.store, list.id, item.id);
  return empty(204);
}

const ITEMS = `^/sites/${SITE}/lists/(?<list>[^/]+)/items`;

/** List items: query, create, read, update fields, delete. */
export const listItemRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: new RegExp(`${ITEMS}$`), handle: getItems, scopes: ITEMS_LIST },
  { method: 'POST', pattern: new RegExp(`${ITEMS}$`), handle: createItem, scopes: ITEM_CREATE },
  {
    method: 'GET',
    pattern: new RegExp(`${ITEMS}/(?<item>[^/]+)$`),
    handle: getItem,
    scopes: ITEM_GET,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`${ITEMS}/(?<item>[^/]+)$`),
    handle: deleteItem,
    scopes: ITEM_DELETE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ITEMS}/(?<item>[^/]+)/fields$`),
    handle: getItemFields,
    scopes: ITEM_GET,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${ITEMS}/(?<item>[^/]+)/fields$`),
    handle: patchFields,
    scopes: ITEM_UPDATE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ITEMS}/(?<item>[^/]+)/driveItem$`),
    handle: getItemDriveItem,
    scopes: DRIVE_ITEM_GET,
  },
];
