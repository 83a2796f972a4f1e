import { asRecordId, type DossierId } from '../../core/vocabulary';
import {
  adjustmentDiscrepancies,
  type AdjustmentFacts,
  auditListDiscrepancies,
  parseAuditLink,
  recordVerdict,
  type Discrepancy,
  type ManagerSet,
  type RecordFacts,
} from '../../core/trust';
import type { GraphClient } from '../graph-client';
import { readRelevanceAdjustment } from '../records-review/relevance-adjustment-store';
import type { SiteIds } from '../site-ids';
import { listAuditEvents } from './audit-event-facts';
import { findContentChange } from './content-versions';
import {
  contentSha256,
  listRecordsToVerify,
  readVersionsAndFiles,
  type RecordToVerify,
} from './verify-records';

/** What `bronvast verify` found: how much it checked and every discrepancy, with file names. */
export interface SiteVerdict {
  readonly records: number;
  readonly events: number;
  readonly discrepancies: readonly Discrepancy[];
  /** File names of the records named, by list item id. */
  readonly fileNames: ReadonlyMap<string, string>;
}

/** What to verify and how many downloads run at once. */
export interface VerifyOptions {
  readonly dossiers: readonly DossierId[];
  readonly managers: ManagerSet;
  readonly concurrency?: number;
}

/**
 * Verifies the records of a site (or of some dossiers) and its audit list: every record's content
 * against its SHA-256 (downloaded and hashed; where it differs, the earlier versions' bytes name
 * who changed it), its versions and its audit chain (see `recordVerdict`), and the audit list
 * itself (see `auditListDiscrepancies`), and the organisation's learnt relevance adjustment
 * (see `adjustmentDiscrepancies`). Costs, for n records and e events: ceil(n/5000) pages,
 * ceil(n/10) `$batch` requests, n downloads, ceil(e/5000) pages, one request for the group and
 * 4 for the adjustment.
 */
export async function verifySite(
  client: GraphClient,
  site: SiteIds,
  options: VerifyOptions,
): Promise<SiteVerdict> {
  const listed = await listRecordsToVerify(client, site, options.dossiers);
  const [records, events, adjustment] = await Promise.all([
    readVersionsAndFiles(client, site, listed),
    listAuditEvents(client, site),
    readAdjustment(client, site),
  ]);
  const checked = await inPool(records, options.concurrency ?? 8, (record) =>
    withContent(client, site, record),
  );
  const byId = new Map(events.map((event) => [event.id, event]));
  const discrepancies = checked.flatMap((record) => recordVerdict(record, byId, options.managers));
  discrepancies.push(...auditListDiscrepancies(events, options.managers, appliedEvents(checked)));
  discrepancies.push(...adjustmentDiscrepancies(adjustment, options.managers));
  return {
    records: records.length,
    events: events.length,
    discrepancies,
    fileNames: new Map(records.map((record) => [record.facts.id, record.fileName])),
  };
}

async function readAdjustment(client: GraphClient, site: SiteIds): Promise<AdjustmentFacts> {
  const stored = await readRelevanceAdjustment(client, site);
  if (stored.kind !== 'found') return stored;
  const by = stored.modifiedBy;
  return {
    kind: 'found',
    adjustment: stored.adjustment,
    ...(by === undefined
      ? {}
      : { modifiedBy: { address: by.address, ...(by.id === undefined ? {} : { id: by.id }) } }),
  };
}

async function withContent(
  client: GraphClient,
  site: SiteIds,
  record: RecordToVerify,
): Promise<RecordFacts> {
  const content = await contentSha256(client, site, record.driveItemId);
  const filed = String(record.facts.fields['BronvastSha256'] ?? '').toLowerCase();
  if (content.kind !== 'hash' || content.sha256 === filed) return { ...record.facts, content };
  const change = await findContentChange(client, site, asRecordId(record.facts.id), filed).catch(
    () => undefined,
  );
  const by = change?.by;
  return {
    ...record.facts,
    content,
    ...(by === undefined
      ? {}
      : {
          contentChangedBy: { address: by.address, ...(by.id === undefined ? {} : { id: by.id }) },
        }),
  };
}

/** The events each record's versions link to: a review event must have been applied by its records. */
function appliedEvents(records: readonly RecordFacts[]): Map<string, Set<string>> {
  return new Map(
    records.map((record) => [
      record.id,
      new Set(
        (record.versions ?? []).flatMap(
          (version) => parseAuditLink(version.fields['BronvastLastAuditEvent'])?.eventId ?? [],
        ),
      ),
    ]),
  );
}

async function inPool<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (item !== undefined) results[index] = await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, size) }, worker));
  return results;
}
