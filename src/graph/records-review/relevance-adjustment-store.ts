// The adjustment alone: the relevance index brings the shipped model and its 250 KB of weights,
// which every importer of the Graph adapter (the review page's chunk, each test) would load.
import {
  NO_ADJUSTMENT,
  parseAdjustment,
  type RelevanceAdjustment,
} from '../../core/relevance/adjustment';
import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { downloadDriveItem } from '../drive-download';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import { SETTINGS_LIBRARY } from '../provisioning/settings-library';
import type { GraphDriveItem, GraphList } from '../wire-types';
import { personOf, type Person } from './review-item';

export { SETTINGS_LIBRARY };
/** The adjustment's file in that library. */
export const ADJUSTMENT_FILE = 'relevance-adjustment.json';

/**
 * What the site holds: an adjustment (with who last changed the file, as the record system
 * says), none yet, or a file that cannot be read as one.
 */
export type StoredAdjustment =
  | {
      readonly kind: 'found';
      readonly adjustment: RelevanceAdjustment;
      readonly modifiedBy?: Person;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' };

/**
 * Reads `BronvastSettings/relevance-adjustment.json` and who last changed it (the file's
 * server-set `lastModifiedBy`): `none` when the library or the file does not exist,
 * `unreadable` when the file is not an adjustment (broken JSON, another shape). 4 requests (the
 * library, its drive, the file with its download URL and `lastModifiedBy`, the download).
 * Throws GraphCallError for other failures (no connection, no rights).
 */
export async function readRelevanceAdjustment(
  client: GraphClient,
  site: SiteIds,
): Promise<StoredAdjustment> {
  try {
    const drive = await settingsDrive(client, site);
    const { item, response } = await downloadDriveItem(
      client,
      drive,
      { path: ADJUSTMENT_FILE },
      'learning.load',
      ['lastModifiedBy'],
    );
    const modifiedBy = personOf(item.lastModifiedBy);
    const adjustment = parseAdjustment(JSON.parse(await response.text()));
    // parseAdjustment answers the shared empty value only for what is not an adjustment.
    if (adjustment === NO_ADJUSTMENT) return { kind: 'unreadable' };
    return { kind: 'found', adjustment, ...(modifiedBy === undefined ? {} : { modifiedBy }) };
  } catch (error: unknown) {
    if (isGraphCallError(error) && error.kind === 'not-found') return { kind: 'none' };
    if (error instanceof SyntaxError) return { kind: 'unreadable' };
    throw error;
  }
}

/**
 * The organisation's relevance adjustment (`BronvastSettings/relevance-adjustment.json`); the
 * empty adjustment when there is none yet or it cannot be read. 4 requests.
 */
export async function loadRelevanceAdjustment(
  client: GraphClient,
  site: SiteIds,
): Promise<RelevanceAdjustment> {
  const stored = await readRelevanceAdjustment(client, site);
  return stored.kind === 'found' ? stored.adjustment : NO_ADJUSTMENT;
}

/**
 * Stores the adjustment, replacing the one before (SharePoint keeps the earlier ones as file
 * versions). Saving {@link NO_ADJUSTMENT} is the reset. The settings library is provisioned
 * with the site (`scripts/provision.ts`); where it is missing this throws GraphCallError
 * `not-found`, as creating lists needs a right the review page does not ask for.
 */
export async function saveRelevanceAdjustment(
  client: GraphClient,
  site: SiteIds,
  adjustment: RelevanceAdjustment,
): Promise<void> {
  const drive = await settingsDrive(client, site);
  await sendJson<GraphDriveItem>(client, {
    method: 'PUT',
    url: `/drives/${drive}/root:/${ADJUSTMENT_FILE}:/content`,
    bytes: new TextEncoder().encode(JSON.stringify(adjustment)),
    headers: { 'Content-Type': 'application/json' },
    label: 'learning.save',
  });
}

/** The settings library's drive id (2 requests: the library by name, then its drive). */
export async function settingsDrive(client: GraphClient, site: SiteIds): Promise<string> {
  const list = await sendJson<GraphList>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${SETTINGS_LIBRARY}`,
    label: 'learning.library',
  });
  const drive = await sendJson<{ readonly id: string }>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${list.id}/drive`,
    label: 'learning.library',
  });
  return drive.id;
}
