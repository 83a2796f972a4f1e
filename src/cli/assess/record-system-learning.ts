import type { Dossier } from '../../core';
import { loadOrganisationLearning, requireSite, type OrganisationLearning } from '../../filing';
import { createGraphClient, listDossiers } from '../../graph';
import type { AssessRecordSystem } from './assess-args';

/** What `bronvast assess --site` takes from the record system. */
export interface RecordSystemLearning extends OrganisationLearning {
  readonly dossiers: readonly Dossier[];
}

/**
 * The site's dossier registry, relevance adjustment and recent history, as the pane loads them.
 * Never throws: a record system that cannot be reached or lacks its lists gives nothing learnt,
 * with the warnings that say so, and the assessment goes on with the shipped weights.
 */
export async function loadRecordSystemLearning(
  system: AssessRecordSystem,
): Promise<RecordSystemLearning | null> {
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(system.token),
    baseUrl: system.graphUrl,
  });
  try {
    // A site not set up for Bronvast throws like an unreachable one: assessed without it.
    const site = await requireSite(client, system.site);
    const [registry, learning] = await Promise.all([
      listDossiers(client, site),
      loadOrganisationLearning(client, site, {
        ...(system.recordsManagersGroup === undefined
          ? {}
          : { recordsManagersGroup: system.recordsManagersGroup }),
      }),
    ]);
    return { ...learning, dossiers: registry.map((entry) => entry.dossier) };
  } catch {
    return null;
  }
}
