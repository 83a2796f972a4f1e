import { REVIEW_STATUSES, type ReviewStatus } from '../../core/records';
import { DISCLOSURE_LEVEL_CODES, type DisclosureLevel } from '../../core/vocabulary';
import type { GraphClient, GraphHttpRequest } from '../graph-client';
import { scanListAll } from '../list-scan';
import { fetchPage } from '../paging';
import { parseDetails } from './audit-trail';
import type { SiteIds } from '../site-ids';
import type { GraphFields, GraphListItem } from '../wire-types';

/** The columns of one record the dashboard reads; missing or malformed ones are left out. */
export interface RecordSummary {
  readonly dedupKey: string;
  readonly dossier?: string;
  readonly filedBy: string;
  readonly filedAt: Date;
  readonly received?: Date;
  readonly reviewStatus: ReviewStatus;
  readonly assessment?: DisclosureLevel;
  readonly wooCategory?: string;
}

/** The columns {@link listRecordSummaries} selects. */
export const SUMMARY_COLUMNS = [
  'BronvastDedupKey',
  'BronvastDossier',
  'BronvastFiledBy',
  'BronvastFiledAt',
  'MailReceived',
  'BronvastReviewStatus',
  'BronvastAssessment',
  'BronvastWooCategory',
] as const;

/**
 * Every record of the library with only the dashboard's columns (`$expand=fields($select=...)`),
 * 5,000 per page. Items without a filing time (folders, filings that died early) are skipped.
 */
export async function listRecordSummaries(
  client: GraphClient,
  site: SiteIds,
): Promise<RecordSummary[]> {
  const all: RecordSummary[] = [];
  for await (const page of recordSummaryPages(client, site)) all.push(...page);
  return all;
}

/** How {@link recordSummaryPages} walks the library. */
interface SummaryWalk {
  /**
   * The newest this many first, in a small request of their own (`$top`), so a chart can be
   * drawn from them before the first full page of 5,000 is in; the walk then reads the library
   * from its start again, 5,000 a page, and leaves out the items that first page gave.
   */
  readonly first?: number;
}

/**
 * The records of {@link listRecordSummaries} a page (5,000) at a time, newest first: the library
 * walked along its indexed filing time (`$orderby=fields/BronvastFiledAt desc`, no filter, which
 * SharePoint serves on a list of any size), so the dashboard can draw from the first page while
 * the rest comes, and the weeks it has passed are complete. With `first`, one small page comes
 * before them (see {@link SummaryWalk}): the newest `first` items cost one request more.
 */
export async function* recordSummaryPages(
  client: GraphClient,
  site: SiteIds,
  walk: SummaryWalk = {},
): AsyncGenerator<RecordSummary[]> {
  const request = (top: number): GraphHttpRequest => ({
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items`,
    // `$select=id`: the item's own properties (web URL, people) are not read, only its columns.
    query: {
      $select: 'id',
      $expand: `fields($select=${SUMMARY_COLUMNS.join(',')})`,
      $orderby: 'fields/BronvastFiledAt desc',
      $top: String(top),
    },
    label: 'review.dashboard',
  });
  const given = new Set<string>();
  if (walk.first !== undefined) {
    const newest = await fetchPage<GraphListItem>(client, request(walk.first));
    for (const item of newest.items) given.add(item.id);
    yield summariesOf(newest.items);
    // A library that fits in the small page is read whole.
    if (newest.nextLink === undefined) return;
  }
  let nextLink: string | undefined;
  do {
    const page = await fetchPage<GraphListItem>(client, request(5000), nextLink);
    yield summariesOf(page.items.filter((item) => !given.has(item.id)));
    nextLink = page.nextLink;
  } while (nextLink !== undefined);
}

function summariesOf(items: readonly GraphListItem[]): RecordSummary[] {
  return items.flatMap((item) => {
    const summary = item.fields === undefined ? null : summaryOf(item.fields);
    return summary === null ? [] : [summary];
  });
}

/** The audit actions that change a record after review. */
const CHANGE_ACTIONS = ['moved', 'reclassified', 'corrected'] as const;

/**
 * Dedup keys of the records a review moved or reclassified (from the audit list): a record's own
 * event, or the records an event of a selection names, less those its correcting event names.
 * One query per action on the indexed `Action` column (a filter on one value of one indexed
 * field, as SharePoint wants on a list above 5,000 items); an action with more than 5,000
 * events is read by walking the audit list (see `scanList`).
 */
export async function listReviewerChanges(
  client: GraphClient,
  site: SiteIds,
): Promise<Set<string>> {
  const request: GraphHttpRequest = {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
    query: { $expand: 'fields($select=RecordDedupKey,Action,Details)', $top: '5000' },
    label: 'review.dashboard',
  };
  const perAction = await Promise.all(
    CHANGE_ACTIONS.map((action) =>
      scanListAll<GraphListItem>(client, request, {
        filter: `fields/Action eq '${action}'`,
        keep: (item) => item.fields?.['Action'] === action,
      }),
    ),
  );
  const items = perAction.flat().sort((a, b) => Number(a.id) - Number(b.id));
  return reviewerChangesOf(items);
}

/** The changed records of audit items (see {@link listReviewerChanges}). */
export function reviewerChangesOf(items: readonly GraphListItem[]): Set<string> {
  const unapplied = new Set<string>();
  for (const item of items) {
    const details = parseDetails(item.fields?.['Details']);
    if (item.fields?.['Action'] !== 'corrected') continue;
    for (const key of dedupKeysOf(details['unapplied']))
      unapplied.add(`${details['event']}:${key}`);
  }
  const changed = new Set<string>();
  for (const item of items) {
    if (item.fields?.['Action'] === 'corrected') continue;
    const own = item.fields?.['RecordDedupKey'];
    if (typeof own === 'string' && own !== '') changed.add(own);
    const named = dedupKeysOf(parseDetails(item.fields?.['Details'])['records']);
    for (const key of named) if (!unapplied.has(`${item.id}:${key}`)) changed.add(key);
  }
  return changed;
}

function dedupKeysOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) =>
    typeof entry === 'object' && entry !== null && 'dedupKey' in entry
      ? typeof entry.dedupKey === 'string'
        ? [entry.dedupKey]
        : []
      : [],
  );
}

/** Maps the selected columns; null when the item has no valid filing time. */
export function summaryOf(fields: GraphFields): RecordSummary | null {
  const filedAt = dateOf(fields['BronvastFiledAt']);
  if (filedAt === undefined) return null;
  const received = dateOf(fields['MailReceived']);
  const dossier = textOf(fields['BronvastDossier']);
  const category = textOf(fields['BronvastWooCategory']);
  const assessment = DISCLOSURE_LEVEL_CODES.find((level) => level === fields['BronvastAssessment']);
  return {
    dedupKey: textOf(fields['BronvastDedupKey']),
    filedBy: textOf(fields['BronvastFiledBy']),
    filedAt,
    reviewStatus:
      REVIEW_STATUSES.find((status) => status === fields['BronvastReviewStatus']) ??
      'te-beoordelen',
    ...(dossier === '' ? {} : { dossier }),
    ...(category === '' ? {} : { wooCategory: category }),
    ...(assessment === undefined ? {} : { assessment }),
    ...(received === undefined ? {} : { received }),
  };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
