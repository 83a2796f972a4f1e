import type { Dossier } from '../../core';
import { createGraphClient, type GraphClient, type RetryOptions } from '../../graph/graph-client';
import { listDossiers } from '../../graph/dossiers/dossier-registry';
import { resolveSite } from '../../graph/site';
import type { SiteIds } from '../../graph/site-ids';
import type { FileOptions } from './file-args';

/** The record system a backlog is filed into, ready to use. */
export interface RecordSystem {
  readonly client: GraphClient;
  readonly site: SiteIds;
  readonly dossiers: readonly Dossier[];
  /** The given `--dossier`, looked up in the registry. */
  readonly dossier?: Dossier;
  /** Who the token belongs to, recorded as "filed by". */
  readonly filedBy: string;
}

/** Why the record system cannot take the backlog (exit code 2: the command must change). */
export type OpenProblem =
  | { readonly kind: 'lists-missing'; readonly missing: readonly string[] }
  | { readonly kind: 'unknown-dossier'; readonly dossier: string };

/**
 * Connects to the record system: the site and its lists, the dossier registry, the signed-in
 * user. Throws GraphCallError when the record system cannot be reached or refuses the token.
 */
export async function openRecordSystem(
  options: FileOptions,
  retry?: RetryOptions,
): Promise<RecordSystem | OpenProblem> {
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(options.token),
    baseUrl: options.graphUrl,
    ...(retry === undefined ? {} : { retry }),
  });
  const resolution = await resolveSite(client, options.site);
  if (resolution.kind === 'lists-missing') return resolution;
  const site = resolution.ids;
  const dossiers = (await listDossiers(client, site)).map((entry) => entry.dossier);
  const dossier = dossiers.find((entry) => entry.id === options.dossier);
  if (options.dossier !== undefined && dossier === undefined) {
    return { kind: 'unknown-dossier', dossier: options.dossier };
  }
  const filedBy = await signedInUser(client);
  return { client, site, dossiers, ...(dossier === undefined ? {} : { dossier }), filedBy };
}

async function signedInUser(client: GraphClient): Promise<string> {
  const response = await client.send({
    method: 'GET',
    url: '/me',
    query: { $select: 'userPrincipalName,mail' },
    label: 'me',
  });
  if (!response.ok) {
    await response.body?.cancel();
    return '';
  }
  const me: unknown = await response.json();
  if (typeof me !== 'object' || me === null) return '';
  const upn = 'userPrincipalName' in me ? me.userPrincipalName : undefined;
  const mail = 'mail' in me ? me.mail : undefined;
  return typeof mail === 'string' && mail !== '' ? mail : typeof upn === 'string' ? upn : '';
}
