import type { RecordId } from '../../core';
import { parseAuditLink, type EventFacts } from '../../core/trust';
import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import { readAuditEvents } from './audit-event-facts';

/** The most events of one record's chain read back (a review a week for two years). */
const MAX_CHAIN = 100;

/**
 * The audit events of one record's chain, from its link back through each event's `prev` for
 * this record: one read per event (a record is reviewed a few times). Stops where an event is
 * missing (verification names that break) or after {@link MAX_CHAIN}.
 */
export async function readAuditChain(
  client: GraphClient,
  site: SiteIds,
  id: RecordId,
  link: string,
): Promise<Map<string, EventFacts>> {
  const events = new Map<string, EventFacts>();
  let next = parseAuditLink(link);
  while (next !== undefined && !events.has(next.eventId) && events.size < MAX_CHAIN) {
    const read = await readAuditEvents(client, site, [next.eventId]);
    const event = read.get(next.eventId);
    if (event === undefined) break;
    events.set(event.id, event);
    const prev = event.records?.find((record) => record.id === id)?.prev;
    next = prev === null || prev === undefined ? undefined : parseAuditLink(prev);
  }
  return events;
}
