import { createGraphClient, provisionGrants, provisionSite } from '../../src/graph';
import type { RouteTables } from '../dispatch';
import { graphRoutes } from '../routes/graph-routes';
import { uploadRoutes } from '../routes/uploads/upload-routes';
import { ensureIndexedValues } from '../store/indexed-values';
import { ensureSearchIndex } from '../store/search-index';
import type { Store } from '../store/store';
import { seedDossiers } from './dossier-items';
import { inProcessFetch, IN_PROCESS_ORIGIN } from './in-process-fetch';
import { DEMO_SITE, seedIfEmpty } from './seed';
import { seedSharedMailbox } from './shared-mailbox';
import { upgradeSeed } from './upgrade-seed';
import { seedSitePermissions, seedListPermissions } from './site-permissions';
import { OFFICERS_GROUP, RECORDS_MANAGER, RECORDS_MANAGERS_GROUP } from './users';

const TABLES: RouteTables = { graph: graphRoutes, upload: uploadRoutes };

/**
 * Makes a data folder ready to serve: seeds the demo tenant when it is new (users, the site,
 * mailboxes, chats), then runs the project's own provisioning (`provisionSite`) against the
 * record system as the records manager, so the demo site has exactly the lists, columns and
 * indexes a provisioned tenant has, and an older data folder gets what was added since. The
 * site's own permissions are set first, as a tenant administrator sets them (see
 * `seedSitePermissions`); provisioning adds the records library's areas and its one grant, and
 * the administrator then sets the permissions of the Woo desk's lists and the coverage list
 * (`seedListPermissions`).
 * Then the dossiers of the demo registry, once.
 */
export async function prepareStore(store: Store): Promise<void> {
  await seedIfEmpty(store);
  await seedSharedMailbox(store);
  seedSitePermissions(store, DEMO_SITE);
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(`dev:${RECORDS_MANAGER.upn}`),
    baseUrl: `${IN_PROCESS_ORIGIN}/v1.0`,
    fetch: inProcessFetch({ store }, TABLES),
    retry: { maxRetries: 0, networkRetries: 0 },
  });
  const location = { hostname: DEMO_SITE.hostname, path: DEMO_SITE.path };
  await provisionSite(client, location);
  await provisionGrants(client, location, {
    recordsManagers: RECORDS_MANAGERS_GROUP.id,
    officers: OFFICERS_GROUP.id,
  });
  seedListPermissions(store, DEMO_SITE);
  seedDossiers(store);
  upgradeSeed(store);
  ensureIndexedValues(store);
  ensureSearchIndex(store);
}
