import { isManager, type Discrepancy, type EventFacts, type ManagerSet } from './trust-facts';

/** Filing events of earlier versions of Bronvast, written by the officers who filed. */
const LEGACY_FILING = 'filed';

/**
 * What the audit list itself shows, all events read in id order. SharePoint numbers a list's
 * items without reuse, so a missing id is a deleted event; an event changed after it was
 * written, or written by someone outside the records managers' group, is named. A review event
 * must have been applied by every record it names that verification read (`applied`: the events
 * each record's versions link to), unless a correcting event says it was not.
 */
export function auditListDiscrepancies(
  events: readonly EventFacts[],
  managers: ManagerSet,
  applied: ReadonlyMap<string, ReadonlySet<string>>,
): Discrepancy[] {
  const found: Discrepancy[] = [];
  const ids = events.map((event) => Number(event.id)).filter(Number.isInteger);
  const present = new Set(ids);
  const last = Math.max(0, ...ids);
  for (let id = 1; id < last; id += 1)
    if (!present.has(id)) found.push({ code: 'audit-event-deleted', eventId: String(id) });
  const unapplied = new Set(
    events.flatMap((event) =>
      event.corrects === undefined
        ? []
        : event.corrects.unapplied.map((record) => `${event.corrects?.event ?? ''}/${record}`),
    ),
  );
  for (const event of events) {
    if (event.edited)
      found.push({
        code: 'audit-event-edited',
        eventId: event.id,
        ...(event.editedBy === undefined ? {} : { by: event.editedBy.address }),
      });
    if (event.action !== LEGACY_FILING && !isManager(managers, event.author))
      found.push({
        code: 'audit-event-by-non-manager',
        eventId: event.id,
        ...(event.author === undefined ? {} : { by: event.author.address }),
      });
    for (const record of event.records ?? []) {
      const links = applied.get(record.id);
      if (links === undefined || links.has(event.id) || unapplied.has(`${event.id}/${record.id}`))
        continue;
      found.push({ code: 'audit-event-not-applied', eventId: event.id, record: record.id });
    }
  }
  return found;
}
