import { mayAccessItem } from '../access';
import type { GraphContext } from '../context';
import type { EmulatorResponse } from '../http/exchange';
import { accessDenied, itemNotFound } from '../http/graph-error';
import { json } from '../http/respond';
import type { Route } from '../http/router';
import { collection, contextUrl } from '../odata-query/paging';
import { listItemVersionJson, versionLabel } from '../graph/list-item-version-json';
import { findListItem, listItemVersions } from '../store/list-items';
import type { ListItemRecord, ListRecord } from '../store/records';
import { ADDRESS_BEFORE_ACTION, locate } from './drive-routes';
import { SITE } from './patterns';
import { parseItemId, resolveList } from './resolve';

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
  if (!mayAccessItem(context.user, list, item, 'read')) return accessDenied();
  const versions = versionsOf(context, item);
  const path = `sites('${list.siteId}')/lists('${list.id}')/items('${item.id}')/versions`;
  if (versionId === undefined) {
    const values = versions.map((version) => listItemVersionJson(context.store, list, version));
    return json(200, collection(contextUrl(context.request, path), values, undefined));
  }
  const version = versions.find((candidate) => versionLabel(candidate) === versionId);
  if (version === undefined) return itemNotFound('The version could not be found.');
  return json(200, {
    '@odata.context': contextUrl(context.request, `${path}/$entity`),
    ...listItemVersionJson(context.store, list, version),
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

const ITEM = `^/sites/${SITE}/lists/(?<list>[^/]+)/items/(?<item>[^/]+)/versions`;
const DRIVE_ITEM = `^/drives/(?<drive>[^/]+)/${ADDRESS_BEFORE_ACTION}/listItem/versions`;
const VERSION = `/(?<version>\\d+\\.\\d+)`;

/** The version history of list items, also reached through their drive item. */
export const versionRoutes: readonly Route<GraphContext>[] = [
  { method: 'GET', pattern: new RegExp(`${ITEM}$`), handle: getListItemVersions },
  { method: 'GET', pattern: new RegExp(`${ITEM}${VERSION}$`), handle: getListItemVersions },
  { method: 'GET', pattern: new RegExp(`${DRIVE_ITEM}$`), handle: getDriveItemVersions },
  { method: 'GET', pattern: new RegExp(`${DRIVE_ITEM}${VERSION}$`), handle: getDriveItemVersions },
];
