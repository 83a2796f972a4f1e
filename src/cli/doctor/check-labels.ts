import {
  fetchAllPages,
  isGraphCallError,
  listDossiers,
  type GraphClient,
  type SiteIds,
} from '../../graph';
import type { DoctorFinding } from './doctor-finding';

/**
 * Each retention label the dossier registry names exists in the tenant's catalogue
 * (`GET /security/labels/retentionLabels`, RecordsManagement.Read.All): a dossier with an
 * unknown label files its records without one. One finding per label.
 */
export async function checkLabels(client: GraphClient, site: SiteIds): Promise<DoctorFinding[]> {
  const named = new Set(
    (await listDossiers(client, site)).flatMap(({ dossier }) =>
      dossier.retentionLabel === undefined ? [] : [dossier.retentionLabel],
    ),
  );
  if (named.size === 0) return [{ check: 'labels', reason: 'none-named' }];
  let catalogue: { readonly displayName?: string }[];
  try {
    catalogue = await fetchAllPages<{ displayName?: string }>(client, {
      method: 'GET',
      url: '/security/labels/retentionLabels',
      label: 'doctor.labels',
    });
  } catch (error: unknown) {
    const detail = isGraphCallError(error)
      ? `${error.status} ${error.code ?? ''}`.trim()
      : String(error);
    return [{ check: 'labels', reason: 'unreadable', detail }];
  }
  const known = new Set(catalogue.map((label) => label.displayName?.toLowerCase()));
  return [...named].map((label) => ({
    check: 'label',
    label,
    exists: known.has(label.toLowerCase()),
  }));
}
