import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import {
  DRIVE_GET,
  DRIVE_ITEM_CHILDREN,
  DRIVE_ITEM_CONTENT,
  DRIVE_ITEM_GET,
  ITEM_GET,
  ITEM_UPDATE,
} from '../../scopes/route-scopes';

import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, graphError, itemNotFound } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl, pageOf, readSkipToken } from '../../odata-query/paging';
import { parseTop, queryOption } from '../../odata-query/query-options';
import { driveItemJson } from '../../graph/drive-item-json';
import { driveJson } from '../../graph/site-json';
import { existsSync } from 'node:fs';
import { contentPath } from '../../store/content-files';
import { listChildren } from '../../store/drive-items';
import { findListItem } from '../../store/list-items';
import type { DriveItemRecord } from '../../store/records';
import { mayAccessDriveItem, resolveAddress, type DriveRef } from './drive-paths';
import { driveItemResponse } from './drive-item-response';
import { patchItemFields } from '../lists/item-fields';
import { listItemJson } from '../../graph/list-item-json';
import { fieldsExpansion } from '../lists/list-item-query';
import { resolveDrive } from '../resolve';
import { mayOpenList } from '../sites/site-access';

type Params = Readonly<Record<string, string>>;

/** An item address: `root`, `items/{id}`, optionally followed by `:/path` (and a closing colon). */
export const ADDRESS = '(?:root|items/(?<item>[^/:]+))(?::(?<path>/[^:]+):?)?';
/** An address followed by an action segment needs the closing colon after a path. */
export const ADDRESS_BEFORE_ACTION = '(?:root|items/(?<item>[^/:]+))(?::(?<path>/[^:]+):)?';
const DRIVE = '^/drives/(?<drive>[^/]+)';

type Located =
  { ok: true; drive: DriveRef; item: DriveItemRecord } | { ok: false; response: EmulatorResponse };

/** Resolves the drive and the addressed item, checking read access. */
export function locate(context: GraphContext, params: Params): Located {
  const drive = resolveDrive(context, params['drive'] ?? '');
  if (!drive.ok) return drive;
  const item = resolveAddress(context, drive.value, params['item'], params['path']);
  if (!item.ok) return item;
  return { ok: true, drive: drive.value, item: item.value };
}

async function getDrive(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const drive = resolveDrive(context, params['drive'] ?? '');
  if (!drive.ok) return drive.response;
  const { site, list } = drive.value;
  if (!mayOpenList(context, list)) return accessDenied();
  return json(200, {
    '@odata.context': contextUrl(context.request, 'drives/$entity'),
    ...driveJson(site, list),
  });
}

async function getItem(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  return found.ok ? driveItemResponse(context, found.drive, found.item.id, 200) : found.response;
}

async function getChildren(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const top = parseTop(context.request.query, 200, 1000);
  if (!top.ok) return top.response;
  const offset = readSkipToken(context.request.query);
  if (!offset.ok) return offset.response;
  const children = listChildren(context.store, found.drive.driveId, found.item.id).filter((child) =>
    mayAccessDriveItem(context, found.drive, child, 'read'),
  );
  const { page, nextLink } = pageOf(context.request, children, offset.value, top.value);
  const values = page.map((child) =>
    driveItemJson(context.store, found.drive.site, found.drive.list, child),
  );
  return json(
    200,
    collection(
      contextUrl(context.request, `drives('${found.drive.driveId}')/items`),
      values,
      nextLink,
    ),
  );
}

async function getContent(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { item } = found;
  if (item.isFolder) return itemNotFound('The item has no content.');
  const { store } = context;
  // Stored bytes lost (a restore without its files): answer as for a missing item, never a drop.
  if (!existsSync(contentPath(store, item.id)) || store.downloads === undefined)
    return itemNotFound('The resource could not be found.');
  // "Returns a 302 Found response redirecting to a preauthenticated download URL for the file,
  // which is the same URL available through the @microsoft.graph.downloadUrl property"
  // (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content). A browser cannot
  // follow it with an Authorization header: CORS forbids a redirect after a preflight.
  const location = store.downloads.url({ driveId: item.driveId, itemId: item.id });
  return { status: 302, headers: { location }, body: { kind: 'empty' } };
}

async function getListItem(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { item } = found;
  const listItem =
    item.listItemId === undefined
      ? undefined
      : findListItem(context.store, found.drive.list.id, item.listItemId);
  if (listItem === undefined) return itemNotFound();
  const fields = fieldsExpansion(queryOption(context.request.query, '$expand'));
  if (!fields.ok) return fields.response;
  return json(200, {
    '@odata.context': contextUrl(context.request, 'listItems/$entity'),
    ...listItemJson(context.store, found.drive.site, found.drive.list, listItem, fields.value),
  });
}

async function patchListItemFields(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { item } = found;
  const listItem =
    item.listItemId === undefined
      ? undefined
      : findListItem(context.store, found.drive.list.id, item.listItemId);
  if (listItem === undefined)
    return graphError(404, 'itemNotFound', 'The drive item has no list item.');
  return patchItemFields(context, found.drive.list, listItem);
}

/** Drives and drive items: metadata, children, content, list item and its fields. */
export const driveRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: new RegExp(`${DRIVE}$`), handle: getDrive, scopes: DRIVE_GET },
  {
    method: 'GET',
    pattern: new RegExp(`${DRIVE}/${ADDRESS}$`),
    handle: getItem,
    scopes: DRIVE_ITEM_GET,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${DRIVE}/${ADDRESS_BEFORE_ACTION}/children$`),
    handle: getChildren,
    scopes: DRIVE_ITEM_CHILDREN,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${DRIVE}/${ADDRESS_BEFORE_ACTION}/content$`),
    handle: getContent,
    scopes: DRIVE_ITEM_CONTENT,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${DRIVE}/${ADDRESS_BEFORE_ACTION}/listItem$`),
    handle: getListItem,
    scopes: ITEM_GET,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${DRIVE}/${ADDRESS_BEFORE_ACTION}/listItem/fields$`),
    handle: patchListItemFields,
    scopes: ITEM_UPDATE,
  },
];
