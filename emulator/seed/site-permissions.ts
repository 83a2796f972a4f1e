import { saveGroup } from '../store/groups';
import { siteScope, saveUniquePermissions, uniquePermissions } from '../store/permissions';
import type { SiteRecord } from '../store/records';
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
