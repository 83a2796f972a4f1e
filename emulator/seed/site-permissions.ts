import { saveGroup } from '../store/groups';
import { COVERAGE_LIST_NAME, WOO_LIST_NAMES } from '../../src/graph';
import {
  listScope,
  siteScope,
  saveUniquePermissions,
  uniquePermissions,
} from '../store/permissions';
import { findList } from '../store/sites';
import type { PermissionRecord, SiteRecord } from '../store/records';
import type { Store } from '../store/store';
import { OFFICERS_GROUP, RECORDS_MANAGERS_GROUP } from './users';

/**
 * What a tenant administrator does when setting up the records site, before Bronvast's
 * provisioning runs (docs/trust.md, "Set-up"): the two Entra ID groups exist, the records
 * managers' group has full control of the site and the officers' group may read it. Graph has no
 * delegated call for a site's user permissions (site permissions are for applications only:
 * https://learn.microsoft.com/graph/api/site-post-permissions), so this is done in SharePoint
 * itself and here by the seed. Idempotent: a data folder whose site has permissions keeps them.
 */
export function seedSitePermissions(store: Store, site: SiteRecord): void {
  store.db.transaction(() => {
    for (const group of [RECORDS_MANAGERS_GROUP, OFFICERS_GROUP]) saveGroup(store, group);
    if (uniquePermissions(store, siteScope(site.id)) !== undefined) return;
    saveUniquePermissions(store, site.id, siteScope(site.id), [
      {
        id: 'site-owners',
        roles: ['owner'],
        grantee: { kind: 'group', groupId: RECORDS_MANAGERS_GROUP.id },
      },
      {
        id: 'site-visitors',
        roles: ['read'],
        grantee: { kind: 'group', groupId: OFFICERS_GROUP.id },
      },
    ]);
  })();
}

/**
 * The tenant administrator's second step, once provisioning has made the lists whose
 * permissions differ from the site's (List settings > Permissions for this list > Stop
 * Inheriting Permissions: https://learn.microsoft.com/sharepoint/dev/general-development/permissions-and-inheritance-in-sharepoint,
 * https://learn.microsoft.com/sharepoint/customize-sharing-permission-levels):
 * - the Woo desk's requests, log and selection hold requesters' details and redaction decisions:
 *   the records managers' group only (the officers' group removed);
 * - the coverage list takes each officer's weekly counts from the task pane: the records
 *   managers' group keeps full control and the officers' group may add items (Contribute,
 *   Graph's `write`).
 * Graph cannot do this with a user's token: a list's `POST .../permissions` grants applications
 * only ("you can't use it to create a new list permission for a user",
 * https://learn.microsoft.com/graph/api/list-post-permissions). Idempotent: a list with unique
 * permissions keeps them.
 */
export function seedListPermissions(store: Store, site: SiteRecord): void {
  const owners: PermissionRecord = {
    id: 'list-owners',
    roles: ['owner'],
    grantee: { kind: 'group', groupId: RECORDS_MANAGERS_GROUP.id },
  };
  const contributors: PermissionRecord = {
    id: 'list-contributors',
    roles: ['write'],
    grantee: { kind: 'group', groupId: OFFICERS_GROUP.id },
  };
  const lists: readonly (readonly [string, readonly PermissionRecord[]])[] = [
    ...Object.values(WOO_LIST_NAMES).map((name) => [name, [owners]] as const),
    [COVERAGE_LIST_NAME, [owners, contributors]],
  ];
  store.db.transaction(() => {
    for (const [name, entries] of lists) {
      const list = findList(store, site.id, name);
      if (list === undefined || uniquePermissions(store, listScope(list.id)) !== undefined)
        continue;
      saveUniquePermissions(store, site.id, listScope(list.id), entries);
    }
  })();
}
