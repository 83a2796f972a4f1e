import { parseAuditLink, reviewIsBacked } from '../../core/trust';
import type { ManagerSet } from '../../core';
import type { ListedRecord } from '../exports/export-listing';
import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import { readAuditEvents } from './audit-event-facts';

/** A page of records split by whether a records manager's review backs their status. */
export interface BackedPage {
  readonly backed: readonly ListedRecord[];
  readonly unbacked: readonly ListedRecord[];
}

/**
 * Splits a page of listed records: a status is backed when it is `te-beoordelen`, or when the
 * record links to an unchanged audit event of a records manager about this record that set it
 * (see `reviewIsBacked`). What `bronvast export --status geaccepteerd` counts. One `$batch` per
 * 20 distinct events the page links to (a selection's review is one event).
 */
export async function splitByBacking(
  client: GraphClient,
  site: SiteIds,
  records: readonly ListedRecord[],
  managers: ManagerSet,
): Promise<BackedPage> {
  const ids = records.flatMap((record) => {
    const link = parseAuditLink(record.reviewFields?.['BronvastLastAuditEvent']);
    return link === undefined ? [] : [link.eventId];
  });
  const events = await readAuditEvents(client, site, ids);
  const backed: ListedRecord[] = [];
  const unbacked: ListedRecord[] = [];
  for (const record of records) {
    const facts = { id: record.recordId, fields: record.reviewFields ?? {} };
    (reviewIsBacked(facts, events, managers) ? backed : unbacked).push(record);
  }
  return { backed, unbacked };
}
