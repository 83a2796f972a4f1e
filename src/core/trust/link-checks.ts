import { parseAuditLink } from './audit-link';
import { differingColumns, reviewStateOf } from './review-state';
import {
  isManager,
  type Discrepancy,
  type EventFacts,
  type ManagerSet,
  type RecordFacts,
} from './trust-facts';

/** The most events a chain is followed back (a loop of links ends there too). */
const MAX_CHAIN = 10_000;

/**
 * What the record's audit link shows: a review status other than `te-beoordelen` needs a link
 * to a records manager's event about this record, unchanged since it was written (its hash),
 * whose review state is the record's; with `walk`, every earlier event the chain links back to
 * is checked the same way, so an edited or deleted event breaks the chain where it was. A
 * reviewed record still in the intake area, where officers may change it, is named too.
 */
export function linkDiscrepancies(
  record: Pick<RecordFacts, 'id' | 'fields' | 'area'>,
  events: ReadonlyMap<string, EventFacts>,
  managers: ManagerSet,
  walk: boolean,
): Discrepancy[] {
  const state = reviewStateOf(record.fields);
  const reviewed = state.BronvastReviewStatus !== 'te-beoordelen';
  const found: Discrepancy[] = [];
  if (reviewed && record.area === 'intake')
    found.push({ code: 'reviewed-still-in-intake', record: record.id });
  const raw = record.fields['BronvastLastAuditEvent'];
  const unbacked = (code: Discrepancy['code'], extra: Partial<Discrepancy> = {}) => [
    ...found,
    { code, record: record.id, ...extra },
    ...(reviewed ? [{ code: 'status-without-review' as const, record: record.id }] : []),
  ];
  if (raw === undefined || raw === null || raw === '')
    return reviewed ? [...found, { code: 'status-without-review', record: record.id }] : found;
  const link = parseAuditLink(raw);
  if (link === undefined) return unbacked('audit-link-malformed');
  if (link.hash === undefined)
    return unbacked('audit-link-without-hash', { eventId: link.eventId });
  const tip = events.get(link.eventId);
  if (tip === undefined) return unbacked('audit-event-missing', { eventId: link.eventId });
  const chain = checkEvent(record.id, tip, link.hash, managers);
  const entry = tip.records?.find((candidate) => candidate.id === record.id);
  if (entry !== undefined) {
    const columns = differingColumns(entry.state, state);
    if (columns.length > 0)
      chain.push({
        code: 'review-changed-after-review',
        record: record.id,
        eventId: tip.id,
        column: columns.join(', '),
      });
  }
  if (chain.length > 0 && reviewed)
    chain.push({ code: 'status-without-review', record: record.id, eventId: tip.id });
  if (walk && entry !== undefined) chain.push(...walkBack(record.id, entry.prev, events, managers));
  return [...found, ...chain];
}

function checkEvent(
  record: string,
  event: EventFacts,
  hash: string,
  managers: ManagerSet,
): Discrepancy[] {
  const found: Discrepancy[] = [];
  const at = { record, eventId: event.id };
  if (event.hash !== hash) found.push({ code: 'audit-event-changed', ...at });
  if (event.records?.some((candidate) => candidate.id === record) !== true)
    found.push({ code: 'audit-event-other-record', ...at });
  if (!isManager(managers, event.author))
    found.push({
      code: 'audit-event-by-non-manager',
      ...at,
      ...(event.author === undefined ? {} : { by: event.author.address }),
    });
  return found;
}

function walkBack(
  record: string,
  first: string | null,
  events: ReadonlyMap<string, EventFacts>,
  managers: ManagerSet,
): Discrepancy[] {
  const seen = new Set<string>();
  let prev = first;
  for (let step = 0; prev !== null && step < MAX_CHAIN; step += 1) {
    const link = parseAuditLink(prev);
    if (link?.hash === undefined || seen.has(link.eventId))
      return [{ code: 'audit-chain-broken', record, ...(link ? { eventId: link.eventId } : {}) }];
    seen.add(link.eventId);
    const event = events.get(link.eventId);
    if (event === undefined) return [{ code: 'audit-chain-broken', record, eventId: link.eventId }];
    const problems = checkEvent(record, event, link.hash, managers);
    if (problems.length > 0)
      return [{ code: 'audit-chain-broken', record, eventId: link.eventId }, ...problems];
    prev = event.records?.find((candidate) => candidate.id === record)?.prev ?? null;
  }
  return [];
}
