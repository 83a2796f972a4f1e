import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import {
  DRIVE_ITEM_VERSION_CONTENT,
  DRIVE_ITEM_VERSIONS,
  ITEM_VERSIONS,
} from '../../scopes/route-scopes';

import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, invalidRequest, itemNotFound } from '../../http/graph-error';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { contentPath, keptContentPath } from '../../store/content-files';
import { queryOption } from '../../odata-query/query-options';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { identitySet } from '../../graph/identity';
import { listItemVersionJson, versionLabel } from '../../graph/list-item-version-json';
import { findListItem, listItemVersions } from '../../store/list-items';
import type { ListItemRecord, ListRecord } from '../../store/records';
import { ADDRESS_BEFORE_ACTION, locate } from './drive-routes';
import { SITE } from '../patterns';
import { parseItemId, resolveList } from '../resolve';

type Params = Readonly<Record<string, string>>;

/** The versions of an item, newest first; the current state is always the first. */
function versionsOf(context: GraphContext, item: ListItemRecord): ListItemRecord[] {
  const stored = listItemVersions(context.store, item.listId, item.id);
  return stored.some((version) => version.version === item.version)
    ? stored
    : [item, ...stored.filter((version) => version.version < item.version)];
}

function answer(
  context: GraphContext,
  list: ListRecord,
  item: ListItemRecord,
  versionId: string | undefined,
): EmulatorResponse {
  if (!context.access.may({ kind: 'item', list, item }, 'read')) return accessDenied();
  const versions = versionsOf(context, item);
  const path = `sites('${list.siteId}')/lists('${list.id}')/items('${item.id}')/versions`;
  const expand = queryOption(context.request.query, '$expand');
  if (expand !== undefined && expand.trim() !== 'fields')
    return invalidRequest(`Could not find a property named '${expand}' that can be expanded.`);
  const withFields = expand !== undefined;
  if (versionId === undefined) {
    const values = versions.map((version) =>
      listItemVersionJson(context.store, list, version, withFields),
    );
    return json(200, collection(contextUrl(context.request, path), values, undefined));
  }
  const version = versions.find((candidate) => versionLabel(candidate) === versionId);
  if (version === undefined) return itemNotFound('The version could not be found.');
  return json(200, {
    '@odata.context': contextUrl(context.request, `${path}/$entity`),
    ...listItemVersionJson(context.store, list, version, withFields),
  });
}

async function getListItemVersions(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  const id = parseItemId(params['item'] ?? '');
  const item = id === undefined ? undefined : findListItem(context.store, found.value.list.id, id);
  if (item === undefined) return itemNotFound('The specified list item was not found.');
  return answer(context, found.value.list, item, params['version']);
}

async function getFileVersions(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { listItemId } = found.item;
  const item =
    listItemId === undefined
      ? undefined
      : findListItem(context.store, found.drive.list.id, listItemId);
  if (item === undefined || found.item.isFolder) return itemNotFound('The item has no versions.');
  const values = versionsOf(context, item).map((version) => ({
    id: versionLabel(version),
    lastModifiedDateTime: version.modifiedAt,
    lastModifiedBy: identitySet(context.store, version.modifiedBy),
    size: version.contentSize ?? found.item.size,
  }));
  const path = `drives('${found.drive.driveId}')/items('${found.item.id}')/versions`;
  return json(200, collection(contextUrl(context.request, path), values, undefined));
}

async function getDriveItemVersions(
  context: GraphContext,
  params: Params,
): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { listItemId } = found.item;
  const item =
    listItemId === undefined
      ? undefined
      : findListItem(context.store, found.drive.list.id, listItemId);
  if (item === undefined) return itemNotFound('The drive item has no list item.');
  return answer(context, found.drive.list, item, params['version']);
}

/**
 * `GET /drives/{d}/items/{id}/versions/{version}/content`: the bytes the file had at that
 * version (https://learn.microsoft.com/graph/api/driveitemversion-get-contents). "Getting the
 * content of the current version is not supported": that is `/content`, answered 400 here.
 * The docs answer with a 302 to a pre-authenticated URL; this stand-in streams the bytes (200).
 */
async function getVersionContent(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const { drive, item } = found;
  const listItem =
    item.listItemId === undefined
      ? undefined
      : findListItem(context.store, drive.list.id, item.listItemId);
  if (listItem === undefined || item.isFolder) return itemNotFound('The item has no versions.');
  const version = versionsOf(context, listItem).find(
    (candidate) => versionLabel(candidate) === params['version'],
  );
  if (version === undefined) return itemNotFound('The version could not be found.');
  if (version.version === listItem.version)
    return invalidRequest('Getting the content of the current version is not supported.');
  const kept = version.contentVersion ?? 1;
  const path =
    kept === (item.contentVersion ?? 1)
      ? contentPath(context.store, item.id)
      : keptContentPath(context.store, item.id, kept);
  if (!existsSync(path)) return itemNotFound('The content of this version is not kept.');
  return {
    status: 200,
    body: {
      kind: 'stream',
      open: () => createReadStream(path),
      length: statSync(path).size,
      contentType: item.mimeType,
    },
  };
}

const ITEM = `^/sites/${SITE}/lists/(?<list>[^/]+)/items/(?<item>[^/]+)/versions`;
const DRIVE_ITEM = `^/drives/(?<drive>[^/]+)/${ADDRESS_BEFORE_ACTION}/listItem/versions`;
const FILE = `^/drives/(?<drive>[^/]+)/${ADDRESS_BEFORE_ACTION}/versions`;
const VERSION = `/(?<version>\\d+\\.\\d+)`;

/**
 * The version history of list items, also reached through their drive item, and of files
 * (driveItemVersion: one history with the list item, as in SharePoint, with the size then).
 */
export const versionRoutes: readonly GraphRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${ITEM}$`),
    handle: getListItemVersions,
    scopes: ITEM_VERSIONS,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${ITEM}${VERSION}$`),
    handle: getListItemVersions,
    scopes: ITEM_VERSIONS,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${DRIVE_ITEM}$`),
    handle: getDriveItemVersions,
    scopes: ITEM_VERSIONS,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${DRIVE_ITEM}${VERSION}$`),
    handle: getDriveItemVersions,
    scopes: ITEM_VERSIONS,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${FILE}$`),
    handle: getFileVersions,
    scopes: DRIVE_ITEM_VERSIONS,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${FILE}${VERSION}/content$`),
    handle: getVersionContent,
    scopes: DRIVE_ITEM_VERSION_CONTENT,
  },
];
