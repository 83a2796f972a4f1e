import { useEffect, useState } from 'react';
import type { RecordId, Discrepancy, ManagerSet } from '../../core';
import { linkDiscrepancies } from '../../core/trust';
import type { ReviewItem } from '../../graph';
import type { ReviewServices } from '../review-services';

/** The columns of a loaded item that the audit link check reads. */
export const linkFieldsOf = (item: ReviewItem): Readonly<Record<string, unknown>> => ({
  ...item.reviewState,
  BronvastLastAuditEvent: item.auditLink,
});

/**
 * What the queue shows of each record's review: a status not backed by an unchanged event of a
 * records manager about this record, review columns changed since that event, a reviewed record
 * still in the intake area. One `$batch` of reads for the page's distinct last events; nothing
 * until the records managers are known.
 */
export function useQueueTrust(
  services: ReviewServices,
  items: readonly ReviewItem[],
  managers: ManagerSet | undefined,
): ReadonlyMap<RecordId, readonly Discrepancy[]> {
  const [trust, setTrust] = useState<ReadonlyMap<RecordId, readonly Discrepancy[]>>(new Map());
  useEffect(() => {
    if (managers === undefined) return;
    let live = true;
    const links = [...new Set(items.map((item) => item.auditLink).filter((link) => link !== ''))];
    services
      .auditEvents(links)
      .then((events) => {
        if (!live) return;
        const checked = items.map((item) => {
          const facts = { id: item.record.id, fields: linkFieldsOf(item), area: item.area };
          return [item.record.id, linkDiscrepancies(facts, events, managers, false)] as const;
        });
        setTrust(new Map(checked));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services, items, managers]);
  return trust;
}
