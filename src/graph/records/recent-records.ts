import type { GraphClient } from '../graph-client';
import { fetchPage } from '../paging';
import type { SiteIds } from '../site-ids';
import type { GraphListItem } from '../wire-types';
import { filedRecordFromListItem, type FiledRecord } from './filed-record';
import { filedAtOf } from './record-conditions';

/** The columns the dossier suggestion learns from: where a record is now, and what it says. */
export const HISTORY_COLUMNS = [
  'BronvastSourceKind',
  'BronvastSourceId',
  'BronvastDedupKey',
  'BronvastDossier',
  'BronvastAssessment',
  'BronvastToelichting',
  'BronvastFiledBy',
  'BronvastFiledAt',
  'MailSubject',
  'MailFrom',
  'MailTo',
  'MailCc',
  'MailConversationId',
] as const;

/** How far back the history reaches, and how many records it holds at most. */
export interface RecentRecordsOptions {
  readonly now: Date;
  readonly days?: number;
  readonly top?: number;
}

/**
 * The records filed in the last `days` (default 90), newest first, at most `top` (default
 * 500), with only the history's columns: one request, ordered on the indexed
 * `BronvastFiledAt` without a filter (a filter on it would match more than SharePoint's 5,000
 * items in a large library and be refused), cut at the start of the period here. Each record's
 * dossier is its current one, so a reviewer's move or a colleague's correction is what the
 * suggestion learns.
 */
export async function listRecentRecords(
  client: GraphClient,
  site: SiteIds,
  options: RecentRecordsOptions,
): Promise<FiledRecord[]> {
  const since = new Date(options.now.getTime() - (options.days ?? 90) * 86_400_000);
  const page = await fetchPage<GraphListItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    query: {
      $select: 'id,webUrl',
      $expand: `fields($select=${HISTORY_COLUMNS.join(',')})`,
      $orderby: 'fields/BronvastFiledAt desc',
      $top: String(options.top ?? 500),
    },
    label: 'records.history',
  });
  return page.items
    .filter((item) => (filedAtOf(item.fields ?? {}) ?? 0) >= since.getTime())
    .map((item) => filedRecordFromListItem(item));
}
