import type { GraphClient, SiteIds, SiteLocation } from '../graph';
// Chunking: the pane's and the Teams tab's first views resolve the site; the Graph index would
// bring the whole adapter into their first chunk.
import { resolveSite } from '../graph/site';
import { SiteNotProvisionedError } from './filing-error';

/**
 * The ids of the records site every surface files into and reads from. Throws
 * `SiteNotProvisionedError` (with the lists it lacks) when the site is not set up for Bronvast,
 * so each surface can say "ask the administrator to set the site up" instead of "unexpected
 * error"; throws a `GraphCallError` when the site cannot be reached. Resolved once per client.
 */
export async function requireSite(client: GraphClient, location: SiteLocation): Promise<SiteIds> {
  const resolution = await resolveSite(client, location);
  if (resolution.kind === 'resolved') return resolution.ids;
  throw new SiteNotProvisionedError(resolution.missing);
}
