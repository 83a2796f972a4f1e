import { linkDiscrepancies } from './link-checks';
import type { Discrepancy, EventFacts, ManagerSet, RecordFacts } from './trust-facts';
import { versionDiscrepancies } from './version-checks';

/**
 * Everything verification can say about one record from what was read of it: the content's
 * SHA-256 against its column (naming who changed the content where known), the versions (see
 * `versionDiscrepancies`) and the audit chain (see `linkDiscrepancies`, followed back to the
 * record's first review when the versions were read). Pure: the same facts, the same verdict,
 * on the review page and in `bronvast verify`. An empty list is an honest record.
 */
export function recordVerdict(
  record: RecordFacts,
  events: ReadonlyMap<string, EventFacts>,
  managers: ManagerSet,
): Discrepancy[] {
  const sha256 = record.fields['BronvastSha256'];
  const dedupKey = record.fields['BronvastDedupKey'];
  if (typeof dedupKey !== 'string' || dedupKey === '')
    return [{ code: 'columns-missing', record: record.id }];
  const found: Discrepancy[] = [];
  if (record.content?.kind === 'missing')
    found.push({ code: 'content-missing', record: record.id });
  if (
    record.content?.kind === 'hash' &&
    record.content.sha256.toLowerCase() !== String(sha256 ?? '').toLowerCase()
  )
    found.push({
      code: 'content-hash-mismatch',
      record: record.id,
      ...(record.contentChangedBy === undefined ? {} : { by: record.contentChangedBy.address }),
    });
  if (record.versions !== undefined)
    found.push(...versionDiscrepancies(record.id, record.versions, managers));
  found.push(...linkDiscrepancies(record, events, managers, record.versions !== undefined));
  return found;
}

/**
 * Whether the record's review status is a records manager's decision: no status at all
 * (`te-beoordelen`), or one backed by an unchanged event of a records manager about this very
 * record. What `bronvast export --status geaccepteerd` and the queue rely on; one event read per
 * distinct link, no versions.
 */
export function reviewIsBacked(
  record: Pick<RecordFacts, 'id' | 'fields'>,
  events: ReadonlyMap<string, EventFacts>,
  managers: ManagerSet,
): boolean {
  return !linkDiscrepancies(record, events, managers, false).some(
    (discrepancy) => discrepancy.code === 'status-without-review',
  );
}
