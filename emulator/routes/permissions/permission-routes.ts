import type { Securable } from '../../access';
import type { GraphContext, GraphRoute } from '../../context';
import { readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, invalidRequest, itemNotFound } from '../../http/graph-error';
import { empty, json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { permissionJson } from '../../graph/permission-json';
import { findListItem } from '../../store/list-items';
import { itemScope, saveUniquePermissions, uniquePermissions } from '../../store/permissions';
import type { PermissionRecord, PermissionRole } from '../../store/records';
import { ADDRESS_BEFORE_ACTION, locate } from '../drives/drive-routes';
import { readInviteRoles, readRecipients, withGrants } from './permission-grants';
import {
  INVITE,
  PERMISSION_DELETE,
  PERMISSION_GET,
  PERMISSION_UPDATE,
  PERMISSIONS_LIST,
} from '../../scopes/route-scopes';

type Params = Readonly<Record<string, string>>;
type Found =
  | {
      readonly ok: true;
      readonly target: Securable;
      readonly siteId: string;
      readonly path: string;
    }
  | { readonly ok: false; readonly response: EmulatorResponse };

function findTarget(context: GraphContext, params: Params): Found {
  const found = locate(context, params);
  if (!found.ok) return found;
  const { drive, item } = found;
  const path = `drives('${drive.driveId}')/items('${item.id}')/permissions`;
  if (item.listItemId === undefined)
    return { ok: true, target: { kind: 'list', list: drive.list }, siteId: drive.site.id, path };
  const listItem = findListItem(context.store, drive.list.id, item.listItemId);
  if (listItem === undefined) return { ok: false, response: itemNotFound() };
  return {
    ok: true,
    target: { kind: 'item', list: drive.list, item: listItem },
    siteId: drive.site.id,
    path,
  };
}

/**
 * The permissions that apply to the item: its own, or its nearest ancestor's it inherits. "For
 * the owner of the item, all sharing permissions are returned ... For a non-owner caller, only
 * the sharing permissions that apply to the caller are returned"
 * (https://learn.microsoft.com/graph/api/driveitem-list-permissions).
 */
function visibleEntries(context: GraphContext, target: Securable): PermissionRecord[] {
  const { entries } = context.access.governing(target);
  if (context.access.may(target, 'owner')) return [...entries];
  return entries.filter((entry) => context.access.roleIn([entry]) !== 'none');
}

async function listPermissions(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findTarget(context, params);
  if (!found.ok) return found.response;
  const values = visibleEntries(context, found.target).map((entry) =>
    permissionJson(context.store, entry),
  );
  return json(200, collection(contextUrl(context.request, found.path), values, undefined));
}

async function getPermission(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findTarget(context, params);
  if (!found.ok) return found.response;
  const entry = visibleEntries(context, found.target).find(
    (candidate) => candidate.id === params['permission'],
  );
  if (entry === undefined) return itemNotFound('The permission could not be found.');
  return json(200, {
    '@odata.context': contextUrl(context.request, `${found.path}/$entity`),
    ...permissionJson(context.store, entry),
  });
}

/**
 * `POST .../invite` (https://learn.microsoft.com/graph/api/driveitem-invite): grants the roles to
 * the recipients. An item that inherits its permissions gets unique ones on the first grant,
 * starting from what it inherited, or from nothing with `retainInheritedPermissions: false`
 * ("If false, all existing permissions are removed when sharing for the first time"). The
 * docs do not say which role may share; the record system takes the stricter reading: only
 * `owner` (full control, SharePoint's Manage Permissions). A library's root folder is the
 * library itself, managed in its settings: the docs speak only of personal drives' roots, and
 * the stricter reading refuses every root.
 */
async function invite(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findTarget(context, params);
  if (!found.ok) return found.response;
  const { target, siteId } = found;
  if (target.kind !== 'item')
    return invalidRequest("Permissions can't be created or modified on the root of a drive.");
  if (!context.access.may(target, 'owner')) return accessDenied();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const recipients = readRecipients(context, body.value['recipients']);
  if (!recipients.ok) return recipients.response;
  const roles = readInviteRoles(body.value['roles']);
  if (!roles.ok) return roles.response;
  const scope = itemScope(target.list.id, target.item.id);
  const own = uniquePermissions(context.store, scope);
  const retain = body.value['retainInheritedPermissions'] !== false;
  const start = own ?? (retain ? context.access.governing(target).entries : []);
  const signIn = body.value['requireSignIn'] !== false;
  const { entries, granted } = withGrants(start, recipients.value, roles.value, signIn);
  saveUniquePermissions(context.store, siteId, scope, entries);
  return json(200, {
    '@odata.context': contextUrl(context.request, 'Collection(microsoft.graph.permission)'),
    value: granted.map((entry) => permissionJson(context.store, entry)),
  });
}

/**
 * `PATCH` and `DELETE .../permissions/{id}` (https://learn.microsoft.com/graph/api/permission-update,
 * https://learn.microsoft.com/graph/api/permission-delete): only on the item's own permissions
 * ("Only sharing permissions that aren't inherited can be deleted"), by its owner.
 */
async function changePermission(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = findTarget(context, params);
  if (!found.ok) return found.response;
  const { target, siteId } = found;
  if (target.kind !== 'item' || !context.access.may(target, 'owner')) return accessDenied();
  const scope = itemScope(target.list.id, target.item.id);
  const own = uniquePermissions(context.store, scope) ?? [];
  const entry = own.find((candidate) => candidate.id === params['permission']);
  if (entry === undefined) {
    const inherited = context.access
      .governing(target)
      .entries.some((e) => e.id === params['permission']);
    return inherited
      ? invalidRequest('An inherited permission can only be changed where it is granted.')
      : itemNotFound('The permission could not be found.');
  }
  if (context.request.method === 'DELETE') {
    saveUniquePermissions(
      context.store,
      siteId,
      scope,
      own.filter((e) => e.id !== entry.id),
    );
    return empty(204);
  }
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const roles = readRoles(body.value['roles']);
  if (roles === undefined)
    return invalidRequest('Only roles can be changed: read, write or owner.');
  const changed: PermissionRecord = { ...entry, roles };
  saveUniquePermissions(
    context.store,
    siteId,
    scope,
    own.map((e) => (e.id === entry.id ? changed : e)),
  );
  return json(200, permissionJson(context.store, changed));
}

function readRoles(value: unknown): PermissionRole[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const roles = value.filter(
    (role): role is PermissionRole => role === 'read' || role === 'write' || role === 'owner',
  );
  return roles.length === value.length ? roles : undefined;
}

const ITEM = `^/drives/(?<drive>[^/]+)/${ADDRESS_BEFORE_ACTION}`;
const ONE = new RegExp(`${ITEM}/permissions/(?<permission>[^/]+)$`);

/** Sharing permissions of drive items: list, read, invite, change and remove. */
export const permissionRoutes: readonly GraphRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${ITEM}/permissions$`),
    handle: listPermissions,
    scopes: PERMISSIONS_LIST,
  },
  { method: 'GET', pattern: ONE, handle: getPermission, scopes: PERMISSION_GET },
  { method: 'POST', pattern: new RegExp(`${ITEM}/invite$`), handle: invite, scopes: INVITE },
  { method: 'PATCH', pattern: ONE, handle: changePermission, scopes: PERMISSION_UPDATE },
  { method: 'DELETE', pattern: ONE, handle: changePermission, scopes: PERMISSION_DELETE },
];
