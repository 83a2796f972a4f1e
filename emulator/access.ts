import { findDriveItem } from './store/drive-items';
import { groupsOfUser } from './store/groups';
import {
  itemScope,
  listScope,
  siteScope,
  uniqueScopesOfSite,
  type ScopeKey,
} from './store/permissions';
import type {
  ListItemRecord,
  ListRecord,
  PermissionRecord,
  PermissionRole,
  UserRecord,
} from './store/records';
import type { Store } from './store/store';

/**
 * The permission model the record system enforces: SharePoint's, as Microsoft Graph exposes it
 * (https://learn.microsoft.com/graph/api/resources/permission, "Roles property values"). A site,
 * a list or library, a folder and a file or list item are securable objects; each either
 * inherits its permissions from its parent or has unique ones (inheritance broken, for example
 * by `invite` with `retainInheritedPermissions: false`). An object's unique permissions are
 * entries granting `read`, `write` or `owner` to a user or an Entra ID group; a user's role is
 * the highest role of the entries that name her or a group she is a member of. Nothing else
 * counts: no "own items only", no column that names an owner
 * (https://learn.microsoft.com/sharepoint/dev/general-development/permissions-and-inheritance-in-sharepoint).
 */
export type Access = 'none' | PermissionRole;

/** A site, a list or library, or one item of it (a file, folder or list item). */
export type Securable =
  | { readonly kind: 'site'; readonly siteId: string }
  | { readonly kind: 'list'; readonly list: ListRecord }
  | { readonly kind: 'item'; readonly list: ListRecord; readonly item: ListItemRecord };

/** What one user may do, evaluated with caches that live as long as one request. */
export interface AccessCheck {
  /** The user's role on the object (from its own or its nearest ancestor's unique permissions). */
  role(target: Securable): Access;
  /** The user's highest role among these entries (those naming her or one of her groups). */
  roleIn(entries: readonly PermissionRecord[]): Access;
  /** Whether the user holds at least `wanted` on the object. */
  may(target: Securable, wanted: PermissionRole): boolean;
  /** The object whose unique permissions decide for the target, and its entries. */
  governing(target: Securable): {
    readonly scope: ScopeKey;
    readonly entries: readonly PermissionRecord[];
  };
  /**
   * Whether some object inside the site or list grants the user anything: SharePoint then gives
   * her "limited access" to its parents, enough to open the site and list, not to read items.
   */
  hasGrantWithin(target: Extract<Securable, { kind: 'site' | 'list' }>): boolean;
  /**
   * Whether the user may read every item of the list: she reads the list, and no object inside
   * it with unique permissions leaves her out.
   */
  readsEveryItem(list: ListRecord): boolean;
}

const RANK: Readonly<Record<Access, number>> = { none: 0, read: 1, write: 2, owner: 3 };

/** Whether a role includes another (`owner` includes `write` includes `read`). */
export const includes = (held: Access, wanted: Access): boolean => RANK[held] >= RANK[wanted];

/** The access check of a user. */
export function accessOf(store: Store, user: UserRecord): AccessCheck {
  const groups = new Set(groupsOfUser(store, user.id).map((group) => group.id));
  const scopes = new Map<string, Map<ScopeKey, readonly PermissionRecord[]>>();
  const scopesOf = (siteId: string) => {
    let found = scopes.get(siteId);
    if (found === undefined) {
      found = new Map(uniqueScopesOfSite(store, siteId).map((row) => [row.scope, row.entries]));
      scopes.set(siteId, found);
    }
    return found;
  };
  const folderScope = new Map<string, ScopeKey | null>();
  const roleIn = (entries: readonly PermissionRecord[]): Access =>
    entries.reduce<Access>((best, entry) => {
      const named =
        entry.grantee.kind === 'user'
          ? entry.grantee.userId === user.id
          : groups.has(entry.grantee.groupId);
      if (!named) return best;
      return entry.roles.reduce<Access>((top, role) => (includes(top, role) ? top : role), best);
    }, 'none');
  const governingScope = (target: Securable): ScopeKey => {
    const siteId = target.kind === 'site' ? target.siteId : target.list.siteId;
    const own = scopesOf(siteId);
    if (target.kind === 'site') return siteScope(siteId);
    const listDecides = own.has(listScope(target.list.id))
      ? listScope(target.list.id)
      : siteScope(siteId);
    if (target.kind === 'list') return listDecides;
    const key = itemScope(target.list.id, target.item.id);
    if (own.has(key)) return key;
    return scopeAbove(store, target, own, folderScope) ?? listDecides;
  };
  const check: AccessCheck = {
    roleIn,
    governing: (target) => {
      const scope = governingScope(target);
      const siteId = target.kind === 'site' ? target.siteId : target.list.siteId;
      return { scope, entries: scopesOf(siteId).get(scope) ?? [] };
    },
    role: (target) => roleIn(check.governing(target).entries),
    may: (target, wanted) => includes(check.role(target), wanted),
    hasGrantWithin: (target) => {
      const siteId = target.kind === 'site' ? target.siteId : target.list.siteId;
      const prefix = target.kind === 'site' ? '' : `item:${target.list.id}:`;
      return [...scopesOf(siteId)].some(
        ([scope, entries]) => scope.startsWith(prefix) && roleIn(entries) !== 'none',
      );
    },
    readsEveryItem: (list) =>
      check.may({ kind: 'list', list }, 'read') &&
      [...scopesOf(list.siteId)].every(
        ([scope, entries]) => !scope.startsWith(`item:${list.id}:`) || roleIn(entries) !== 'none',
      ),
  };
  return check;
}

/**
 * The nearest folder above a library item with unique permissions, or undefined when none has
 * (then the library, or the site, decides). Cached per folder for the rest of the request.
 */
function scopeAbove(
  store: Store,
  { list, item }: Extract<Securable, { kind: 'item' }>,
  own: ReadonlyMap<ScopeKey, readonly PermissionRecord[]>,
  cache: Map<string, ScopeKey | null>,
): ScopeKey | undefined {
  if (list.driveId === undefined || item.driveItemId === undefined) return undefined;
  const walked: string[] = [];
  let folderId = findDriveItem(store, list.driveId, item.driveItemId)?.parentId ?? null;
  let found: ScopeKey | null = null;
  while (folderId !== null) {
    const cached = cache.get(folderId);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    const folder = findDriveItem(store, list.driveId, folderId);
    if (folder?.listItemId === undefined) break;
    walked.push(folderId);
    const key = itemScope(list.id, folder.listItemId);
    if (own.has(key)) {
      found = key;
      break;
    }
    folderId = folder.parentId;
  }
  for (const id of walked) cache.set(id, found);
  return found ?? undefined;
}
