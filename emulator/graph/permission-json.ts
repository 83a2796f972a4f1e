import type { PermissionRecord } from '../store/records';
import { findGroup } from '../store/groups';
import type { Store } from '../store/store';
import { findUser } from '../store/users';

/**
 * Graph's permission resource for a user or group grant
 * (https://learn.microsoft.com/graph/api/resources/permission): `roles`, `grantedToV2` with the
 * user (and her site user) or the group, and the `invitation` facet for grants made by invite.
 * No `inheritedFrom`: "OneDrive for Business and SharePoint document libraries don't return the
 * inheritedFrom property" (same page, Remarks).
 */
export function permissionJson(store: Store, entry: PermissionRecord): Record<string, unknown> {
  return {
    id: entry.id,
    roles: [...entry.roles],
    grantedToV2: grantedTo(store, entry),
    ...(entry.invitation === undefined ? {} : { invitation: { ...entry.invitation } }),
  };
}

function grantedTo(store: Store, entry: PermissionRecord): Record<string, unknown> {
  if (entry.grantee.kind === 'group') {
    const group = findGroup(store, entry.grantee.groupId);
    return {
      group: {
        id: entry.grantee.groupId,
        displayName: group?.displayName ?? '',
        email: group?.mail ?? null,
      },
    };
  }
  const user = findUser(store, entry.grantee.userId);
  return {
    user: {
      id: entry.grantee.userId,
      displayName: user?.displayName ?? '',
      email: user?.upn ?? '',
    },
    ...(user === undefined
      ? {}
      : {
          siteUser: {
            id: String(user.lookupId),
            displayName: user.displayName,
            loginName: `i:0#.f|membership|${user.upn}`,
          },
        }),
  };
}
