import {
  correctionOf,
  reviewEventRecords,
  type EventFacts,
  type PersonRef,
} from '../../core/trust';
import { batchStepError, MAX_BATCH_STEPS, sendBatch } from '../batch';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { hashOfEventItem } from '../records-review/review-audit-event';
import { personOf } from '../records-review/review-item';
import type { GraphReviewListItem } from '../records-review/review-wire';
import type { SiteIds } from '../site-ids';

/** An audit event list item as verification reads it: its hash, author, records, edits. */
export function eventFactsOf(item: GraphReviewListItem): EventFacts {
  const fields = item.fields ?? {};
  const details = typeof fields['Details'] === 'string' ? fields['Details'] : '';
  const author = personRef(item.createdBy);
  const editor = personRef(item.lastModifiedBy);
  const created = Date.parse(item.createdDateTime ?? '');
  const modified = Date.parse(item.lastModifiedDateTime ?? '');
  const edited = Number.isFinite(created) && Number.isFinite(modified) && modified > created;
  const records = reviewEventRecords(details);
  const correction = correctionOf(details);
  return {
    id: item.id,
    action: typeof fields['Action'] === 'string' ? fields['Action'] : '',
    hash: hashOfEventItem(item),
    edited,
    ...(author === undefined ? {} : { author }),
    ...(edited && editor !== undefined ? { editedBy: editor } : {}),
    ...(records === undefined ? {} : { records }),
    ...(correction === undefined
      ? {}
      : {
          corrects: {
            event: correction.event,
            unapplied: correction.unapplied.map((entry) => entry.id),
          },
        }),
  };
}

/**
 * Some audit events by id, 20 per `$batch`; an event the list does not have (404) is left out.
 * Other failures throw GraphCallError.
 */
export async function readAuditEvents(
  client: GraphClient,
  site: SiteIds,
  ids: Iterable<string>,
): Promise<Map<string, EventFacts>> {
  const wanted = [...new Set(ids)].filter((id) => /^\d+$/.test(id));
  const events = new Map<string, EventFacts>();
  for (let start = 0; start < wanted.length; start += MAX_BATCH_STEPS) {
    const chunk = wanted.slice(start, start + MAX_BATCH_STEPS);
    const responses = await sendBatch(
      client,
      chunk.map((id) => ({
        id,
        method: 'GET' as const,
        url: `/sites/${site.siteId}/lists/${site.auditListId}/items/${id}?$expand=fields`,
      })),
      'trust.events',
    );
    for (const id of chunk) {
      const response = responses.get(id);
      const error = batchStepError(response, 'trust.events');
      if (error?.kind === 'not-found') continue;
      if (error !== undefined) throw error;
      events.set(id, eventFactsOf(response?.body as GraphReviewListItem));
    }
  }
  return events;
}

/** Every event of the audit list, oldest first (5,000 a page, no filter: never throttled by the list view threshold). */
export async function listAuditEvents(client: GraphClient, site: SiteIds): Promise<EventFacts[]> {
  const items = await fetchAllPages<GraphReviewListItem>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
    query: { $expand: 'fields', $top: '5000' },
    label: 'trust.audit-list',
  });
  return items.map(eventFactsOf).sort((a, b) => Number(a.id) - Number(b.id));
}

function personRef(identity: GraphReviewListItem['createdBy']): PersonRef | undefined {
  const person = personOf(identity);
  return person === undefined
    ? undefined
    : { address: person.address, ...(person.id === undefined ? {} : { id: person.id }) };
}
