import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { fetchAllPages } from '../paging';
import { encodeDrivePath, sendJson } from '../request';
import { INTAKE_FOLDER, RECORDS_FOLDER } from '../records/record-areas';
import { resolveSite } from '../site';
import type { SiteLocation } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';

/** The Entra ID groups of the records site, by object id. */
export interface TrustGroups {
  /** Granted full control of the site by the tenant administrator; decides in review. */
  readonly recordsManagers: string;
  /** Everyone who files: granted read on the site, and write in the intake area here. */
  readonly officers: string;
}

/** What provisioning the permissions did and what it found that only an administrator can fix. */
export interface GrantsReport {
  readonly foldersCreated: readonly string[];
  readonly grantsAdded: readonly string[];
  /** Codes of what the site's own permissions lack (set in SharePoint, not through Graph). */
  readonly problems: readonly GrantProblem[];
}

/** A site-level permission provisioning cannot set through Graph and found missing. */
export type GrantProblem = 'records-managers-not-owners' | 'officers-can-write-outside-intake';

/** A permission as `GET .../permissions` lists it (Graph's permission resource, wire shape). */
interface GraphPermission {
  readonly id: string;
  readonly roles?: readonly string[];
  readonly grantedToV2?: {
    readonly user?: { readonly id?: string };
    readonly group?: { readonly id?: string };
  };
}

/**
 * Gives the records library its two areas and the one grant Bronvast needs beyond the site's
 * own permissions: the intake folder (`Aanlevering`) where the officers' group may write
 * (`POST /drives/{d}/items/{id}/invite`, https://learn.microsoft.com/graph/api/driveitem-invite,
 * keeping what it inherits), and the records area (`Archief`), which inherits the site's
 * permissions: records managers full control, officers read. Then it reads the library's
 * permissions (`GET .../root/permissions`) and reports what the tenant administrator must still
 * set on the site. Idempotent. Needs a token of a site owner.
 */
export async function provisionGrants(
  client: GraphClient,
  location: SiteLocation,
  groups: TrustGroups,
): Promise<GrantsReport> {
  const site = await resolveSite(client, location);
  if (site.kind !== 'resolved') throw new Error(`lists missing: ${site.missing.join(', ')}`);
  const drive = site.ids.recordsDriveId;
  const foldersCreated: string[] = [];
  const folder = async (name: string) => {
    const found = await ensureFolder(client, drive, name);
    if (found.created) foldersCreated.push(name);
    return found.item;
  };
  const intake = await folder(INTAKE_FOLDER);
  await folder(RECORDS_FOLDER);
  const grantsAdded: string[] = [];
  const intakeGrants = await listPermissions(client, drive, intake.id);
  if (!grants(intakeGrants, groups.officers, 'write')) {
    await sendJson(client, {
      method: 'POST',
      url: `/drives/${drive}/items/${intake.id}/invite`,
      json: {
        recipients: [{ objectId: groups.officers }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: false,
        retainInheritedPermissions: true,
      },
      label: 'provision.grant',
    });
    grantsAdded.push(`${INTAKE_FOLDER}: write`);
  }
  const library = await listPermissions(client, drive, 'root');
  const problems: GrantProblem[] = [];
  if (!grants(library, groups.recordsManagers, 'owner'))
    problems.push('records-managers-not-owners');
  if (library.some((entry) => !grantee(entry, groups.recordsManagers) && writes(entry)))
    problems.push('officers-can-write-outside-intake');
  return { foldersCreated, grantsAdded, problems };
}

async function ensureFolder(
  client: GraphClient,
  drive: string,
  name: string,
): Promise<{ readonly item: GraphDriveItem; readonly created: boolean }> {
  try {
    const item = await sendJson<GraphDriveItem>(client, {
      method: 'GET',
      url: `/drives/${drive}/root:/${encodeDrivePath(name)}`,
      label: 'provision.folder',
    });
    return { item, created: false };
  } catch (error: unknown) {
    if (!(isGraphCallError(error) && error.kind === 'not-found')) throw error;
    const item = await sendJson<GraphDriveItem>(client, {
      method: 'POST',
      url: `/drives/${drive}/root/children`,
      json: { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      label: 'provision.folder',
    });
    return { item, created: true };
  }
}

function listPermissions(
  client: GraphClient,
  drive: string,
  item: string,
): Promise<GraphPermission[]> {
  return fetchAllPages<GraphPermission>(client, {
    method: 'GET',
    url: `/drives/${drive}/${item === 'root' ? 'root' : `items/${item}`}/permissions`,
    label: 'provision.permissions',
  });
}

const WRITE = 2;
const RANK: Readonly<Record<string, number>> = { read: 1, write: WRITE, owner: 3 };

function grantee(entry: GraphPermission, id: string): boolean {
  return entry.grantedToV2?.group?.id === id || entry.grantedToV2?.user?.id === id;
}

function writes(entry: GraphPermission): boolean {
  return (entry.roles ?? []).some((role) => (RANK[role] ?? 0) >= WRITE);
}

function grants(entries: readonly GraphPermission[], id: string, role: 'write' | 'owner'): boolean {
  const wanted = RANK[role] ?? 0;
  return entries.some(
    (entry) => grantee(entry, id) && (entry.roles ?? []).some((r) => (RANK[r] ?? 0) >= wanted),
  );
}
