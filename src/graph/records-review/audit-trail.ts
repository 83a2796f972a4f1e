import type { RecordId } from '../../core';
import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { fetchAllPages } from '../paging';
import { odataString, sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import { dateOf, listRecordVersions, type RecordVersion } from './record-history';
import { parseAuditLink } from '../../core/trust';
import { LAST_AUDIT_EVENT_COLUMN } from './review-audit-event';
import { personOf, type Person } from './review-item';
import type { GraphReviewListItem } from './review-wire';

/** One event of the audit list, with the record system's own author and time. */
export interface AuditEvent {
  /** The event's list item id. */
  readonly id: string;
  readonly action: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** Server-set `createdBy` of the event: who did it. */
  readonly author?: Person;
  /** Server-set `createdDateTime`. */
  readonly at?: Date;
}

/**
 * The audit events of a record, oldest first: its filing (the first version that wrote its
 * columns, author and time set by the record system; a filing event of an earlier version of
 * Bronvast, found by its dedup key, where there is one) and the review events its versions link
 * to through {@link LAST_AUDIT_EVENT_COLUMN} (a review of a selection writes one event for all
 * records). A linked event that does not name this record among its records is left out: anyone
 * who may change the record may write the link, so a decision about another record never shows
 * as this one's (the record's verdict names the link). Costs one query, the versions and one
 * read per referenced event.
 */
export async function listAuditTrail(
  client: GraphClient,
  site: SiteIds,
  dedupKey: string,
  id: RecordId,
): Promise<AuditEvent[]> {
  const [own, versions] = await Promise.all([
    eventsOfDedupKey(client, site, dedupKey),
    listRecordVersions(client, site, id),
  ]);
  const referenced = (await referencedEvents(client, site, versions)).filter((event) =>
    namesRecord(event, id),
  );
  const filing = own.some((event) => event.action === 'filed') ? [] : filingOf(versions);
  const byId = new Map<string, AuditEvent>();
  for (const event of [...filing, ...own, ...referenced]) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
}

/** Whether a review event's `Details` names the record among the records it decided. */
function namesRecord(event: AuditEvent, id: RecordId): boolean {
  const records = event.details['records'];
  return (
    Array.isArray(records) &&
    records.some(
      (entry: unknown) =>
        typeof entry === 'object' && entry !== null && 'id' in entry && entry.id === id,
    )
  );
}

async function eventsOfDedupKey(
  client: GraphClient,
  site: SiteIds,
  dedupKey: string,
): Promise<AuditEvent[]> {
  const items = await fetchAllPages<GraphReviewListItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
    query: {
      $expand: 'fields',
      // One indexed field, no $orderby on another: the trail is sorted by time below.
      $filter: `fields/RecordDedupKey eq ${odataString(dedupKey)}`,
      $top: '200',
    },
    label: 'review.audit',
  });
  return items.map(auditEventOf);
}

/** The filing as the record's versions show it: the first that wrote its dedup key. */
function filingOf(versions: readonly RecordVersion[]): AuditEvent[] {
  const filed = versions.find((version) => {
    const key = version.fields['BronvastDedupKey'];
    return typeof key === 'string' && key !== '';
  });
  if (filed === undefined) return [];
  return [
    {
      id: `version:${filed.label}`,
      action: 'filed',
      details: {
        dossier: filed.fields['BronvastDossier'],
        sha256: filed.fields['BronvastSha256'],
      },
      ...(filed.modifiedBy === undefined ? {} : { author: filed.modifiedBy }),
      ...(filed.modifiedAt === undefined ? {} : { at: filed.modifiedAt }),
    },
  ];
}

async function referencedEvents(
  client: GraphClient,
  site: SiteIds,
  versions: readonly RecordVersion[],
): Promise<AuditEvent[]> {
  const ids = new Set(
    versions.flatMap((version) => {
      const link = parseAuditLink(version.fields[LAST_AUDIT_EVENT_COLUMN]);
      return link === undefined ? [] : [link.eventId];
    }),
  );
  const events = await Promise.all([...ids].map((eventId) => readEvent(client, site, eventId)));
  return events.flatMap((event) => event ?? []);
}

async function readEvent(
  client: GraphClient,
  site: SiteIds,
  eventId: string,
): Promise<AuditEvent | undefined> {
  try {
    const item = await sendJson<GraphReviewListItem>(client, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.auditListId}/items/${eventId}`,
      query: { $expand: 'fields' },
      label: 'review.audit',
    });
    return auditEventOf(item);
  } catch (error: unknown) {
    // An event the version names but the list no longer has: the version history still shows it.
    if (isGraphCallError(error) && error.kind === 'not-found') return undefined;
    throw error;
  }
}

function auditEventOf(item: GraphReviewListItem): AuditEvent {
  const fields = item.fields ?? {};
  const author = personOf(item.createdBy);
  const at = dateOf(item.createdDateTime);
  return {
    id: item.id,
    action: typeof fields['Action'] === 'string' ? fields['Action'] : '',
    details: parseDetails(fields['Details']),
    ...(author === undefined ? {} : { author }),
    ...(at === undefined ? {} : { at }),
  };
}

/** The event's `Details` JSON; text that is not a JSON object is kept as `text`. */
export function parseDetails(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'string' || value === '') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? Object.fromEntries(Object.entries(parsed))
      : { text: value };
  } catch {
    return { text: value };
  }
}
