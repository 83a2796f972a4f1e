import type { GraphClient } from '../graph-client';
import { scanListAll } from '../list-scan';
import { COVERAGE_LIST_NAME } from '../provisioning/coverage-list';
import { listLists } from '../site';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import type { CoverageRow } from './coverage-report';

/** One item of the coverage list: a week's counts, who reported them and when. */
export interface CoverageReport extends CoverageRow {
  /** Who added the item, as the record system vouches for it (`createdBy.user`). */
  readonly reporter: string;
  readonly reportedAt: Date;
}

/** The reports of the recent weeks, or the site has no coverage list yet (run the provisioning). */
export type CoverageReading =
  | { readonly kind: 'read'; readonly reports: readonly CoverageReport[] }
  | { readonly kind: 'list-missing' };

/** The columns {@link readCoverageReports} selects. */
const COVERAGE_COLUMNS = [
  'Team',
  'Week',
  'Mailbox',
  'Relevant',
  'Filed',
  'Dismissed',
  'Open',
  'OldestOpenDays',
  'ReportedAt',
] as const;

/** A coverage list item with the identity SharePoint sets on it. */
interface GraphCoverageItem extends GraphListItem {
  readonly createdBy?: {
    readonly user?: { readonly id?: string; readonly email?: string; readonly displayName?: string };
  };
}

/**
 * Every report of the weeks from `sinceWeek` (ISO 8601, `2026-W40`) on, page by page:
 * `GET /sites/{site}/lists/{list}/items` with `$expand=fields($select=...)`, `$top` and
 * `@odata.nextLink` (https://learn.microsoft.com/graph/api/listitem-list). The filter is on the
 * indexed `Week` column only (`ge`, which the call documents); on a list above SharePoint's
 * 5,000-item threshold where it still matches too many, the list is read whole and filtered
 * here. One list lookup plus one request per page of `pageSize` reports. Items that are not a whole report
 * are left out.
 */
export async function readCoverageReports(
  client: GraphClient,
  site: SiteIds,
  sinceWeek: string,
  pageSize = 1000,
): Promise<CoverageReading> {
  const lists = await listLists(client, site.siteId);
  const list = lists.find(
    (candidate) => candidate.name === COVERAGE_LIST_NAME || candidate.displayName === COVERAGE_LIST_NAME,
  );
  if (list === undefined) return { kind: 'list-missing' };
  const items = await scanListAll<GraphCoverageItem>(
    client,
    {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${list.id}/items`,
      query: {
        $select: 'id,createdBy,createdDateTime',
        $expand: `fields($select=${COVERAGE_COLUMNS.join(',')})`,
        $top: String(pageSize),
      },
      label: 'coverage.read',
    },
    {
      filter: `fields/Week ge '${sinceWeek.replace(/'/g, "''")}'`,
      keep: (item) => weekOf(item) >= sinceWeek,
    },
  );
  return { kind: 'read', reports: items.flatMap((item) => reportOf(item) ?? []) };
}

const WEEK = /^\d{4}-W\d{2}$/;

function weekOf(item: GraphCoverageItem): string {
  const week = item.fields?.['Week'];
  return typeof week === 'string' ? week : '';
}

/** Maps one item at the wire boundary; null when a count, the week or the reporter is missing. */
function reportOf(item: GraphCoverageItem): CoverageReport | null {
  const fields = item.fields ?? {};
  const user = item.createdBy?.user;
  const reporter = (user?.id || user?.email || user?.displayName) ?? '';
  const count = (name: string): number | null => {
    const value = fields[name];
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
  };
  const text = (name: string): string => {
    const value = fields[name];
    return typeof value === 'string' ? value : '';
  };
  const counts = ['Relevant', 'Filed', 'Dismissed', 'Open', 'OldestOpenDays'].map(count);
  const [relevant, filed, dismissed, open, oldestOpenDays] = counts;
  const reportedAt = new Date(text('ReportedAt') || (item.createdDateTime ?? ''));
  if (
    reporter === '' ||
    !WEEK.test(text('Week')) ||
    Number.isNaN(reportedAt.getTime()) ||
    relevant == null ||
    filed == null ||
    dismissed == null ||
    open == null ||
    oldestOpenDays == null
  )
    return null;
  return {
    reporter,
    reportedAt,
    team: text('Team').trim(),
    week: text('Week'),
    mailbox: text('Mailbox').trim().toLowerCase(),
    relevant,
    filed,
    dismissed,
    open,
    oldestOpenDays,
  };
}
