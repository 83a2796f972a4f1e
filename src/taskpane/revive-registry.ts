import type { Dossier } from '../core';
import { asDossierId } from '../core/ids';
import { wooCategoryCodeOf } from '../core/woo/categories';
import type { SiteIds } from '../graph';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The site's ids from a stored copy, or null when it no longer has their shape. */
export function reviveSiteIds(stored: unknown): SiteIds | null {
  if (!isRecord(stored)) return null;
  const [siteId, recordsListId, dossiersListId, auditListId, recordsDriveId] = [
    stored['siteId'],
    stored['recordsListId'],
    stored['dossiersListId'],
    stored['auditListId'],
    stored['recordsDriveId'],
  ].map(text);
  if (!siteId || !recordsListId || !dossiersListId || !auditListId || !recordsDriveId) return null;
  return { siteId, recordsListId, dossiersListId, auditListId, recordsDriveId };
}

function reviveDossier(stored: unknown): Dossier | null {
  if (!isRecord(stored)) return null;
  const id = text(stored['id']);
  const title = text(stored['title']);
  if (id === undefined || title === undefined) return null;
  const keywords = Array.isArray(stored['keywords'])
    ? stored['keywords'].flatMap((word) => text(word) ?? [])
    : undefined;
  const status =
    stored['status'] === 'open' || stored['status'] === 'closed' ? stored['status'] : undefined;
  const optional = {
    description: text(stored['description']),
    owner: text(stored['owner']),
    retentionLabel: text(stored['retentionLabel']),
  };
  return {
    id: asDossierId(id),
    title,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    ...(keywords === undefined ? {} : { keywords }),
    ...reviveCategory(text(stored['defaultCategory'])),
    ...(status === undefined ? {} : { status }),
  };
}

/** The dossier registry from a stored copy, or null when it no longer has its shape. */
export function reviveDossiers(stored: unknown): Dossier[] | null {
  if (!Array.isArray(stored)) return null;
  const dossiers = stored.map(reviveDossier);
  return dossiers.every((dossier) => dossier !== null)
    ? dossiers.flatMap((dossier) => dossier ?? [])
    : null;
}

function reviveCategory(stored: string | undefined): Pick<Dossier, 'defaultCategory'> {
  const code = stored === undefined ? null : wooCategoryCodeOf(stored);
  return code === null ? {} : { defaultCategory: code };
}
